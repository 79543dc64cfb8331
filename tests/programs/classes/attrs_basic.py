# Class and instance attributes, shadowing, deletion, vars()
class Point:
    dims = 2
    label = "pt"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
q = Point(1, 2)
print(p.x, p.y, p.dims, Point.dims)
print(p.norm1(), q.norm1())
print(sorted(vars(p).items()))
print(sorted(p.__dict__.keys()))
p.dims = 3
print(p.dims, q.dims, Point.dims)
print(sorted(vars(p).items()))
del p.dims
print(p.dims)
try:
    del p.dims
except AttributeError as e:
    print(type(e).__name__, e)
Point.dims = 5
print(p.dims, q.dims)
p.z = 10
print(p.z, hasattr(p, "z"), hasattr(q, "z"))
try:
    q.z
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.nope
except AttributeError as e:
    print(type(e).__name__, e)
del Point.label
try:
    p.label
except AttributeError as e:
    print(type(e).__name__, e)
p.__dict__["w"] = 7
print(p.w)
p.__dict__.clear()
try:
    print(p.x)
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(p))
p.x = 1
print(vars(p), p.norm1.__name__)
# class attribute that is mutable and shared
class Bag:
    items = []
    def add(self, v):
        self.items.append(v)
a = Bag(); b = Bag()
a.add(1); b.add(2)
print(Bag.items, a.items is b.items)
a.items = ["own"]
a.add(3)
print(Bag.items, a.items)
print("items" in vars(a), "items" in vars(b))
