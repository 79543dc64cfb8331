# Class attributes vs instance attributes, shadowing and mutation.

class Counter:
    count = 0
    shared = []
    label = "class-label"

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def bump(self):
        self.count += 1          # creates an instance attribute shadowing the class one
        return self.count

a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
print(a.bump(), a.bump(), b.bump())
print(Counter.count, a.count, b.count, "count" in vars(a), "count" in vars(Counter("c")))
print(Counter.count)

# A mutable class attribute is shared.
a.shared.append(1)
b.shared.append(2)
print(Counter.shared, a.shared is b.shared)
a.shared = ["own"]
print(a.shared, b.shared, Counter.shared)

# Shadow, then delete the instance attribute: the class one shows through again.
a.label = "inst-label"
print(a.label, b.label, Counter.label)
del a.label
print(a.label)
try:
    del a.label
except AttributeError as e:
    print("AttributeError", e)

# Changing a class attribute is visible from all instances without shadows.
Counter.label = "changed"
print(a.label, b.label)

# Methods are class attributes too; an instance attribute can shadow one.
def fake_bump():
    return "shadowed"
b.bump = fake_bump
print(b.bump(), a.bump())
del b.bump
print(b.bump())

# Inheritance and shadowing at several levels.
class Base:
    kind = "base"
    level = 0
class Mid(Base):
    kind = "mid"
class Leaf(Mid):
    level = 2

leaf = Leaf()
print(leaf.kind, leaf.level, Mid.level, Base.kind)
Base.level = 10
Mid.level = 5
print(Leaf.level, Mid().level, Base().level)
del Leaf.level
print(Leaf.level, leaf.level)
del Mid.level
print(Leaf.level)
leaf.kind = "mine"
print(leaf.kind, Leaf.kind, sorted(vars(leaf)))

# Hot loop mixing class and instance attribute reads and writes.
class Point:
    scale = 2
    def __init__(self, x):
        self.x = x
    def value(self):
        return self.x * self.scale

pts = [Point(i) for i in range(10)]
total = 0
for i in range(600):
    p = pts[i % 10]
    total += p.value()
    if i == 300:
        Point.scale = 3
    if i == 450:
        pts[4].scale = 100
print("total", total, Point.scale, pts[4].scale, pts[5].scale)
print(sorted(k for k in vars(Point) if not k.startswith("__")))
