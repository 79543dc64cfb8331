# __slots__: restricted attributes, inheritance, and error messages.

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = P(3, -4)
print(p.x, p.y, p.norm1())
print(hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)

q = P.__new__(P)
try:
    print(q.x)
except AttributeError as e:
    print("AttributeError:", e)
q.x = 7
print(q.x, hasattr(q, "y"), getattr(q, "y", "missing"))
del q.x
print(hasattr(q, "x"), getattr(q, "x", "gone"))

# Subclass without __slots__ gets a __dict__.
class PD(P):
    pass
pd = PD(1, 2)
pd.z = 3
print(pd.x, pd.y, pd.z, vars(pd)["z"], hasattr(pd, "__dict__"))

# Subclass with more slots.
class P3(P):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def norm1(self):
        return super().norm1() + abs(self.z)

p3 = P3(1, -2, 3)
print(p3.norm1(), hasattr(p3, "__dict__"))
try:
    p3.w = 0
except AttributeError as e:
    print("AttributeError:", e)

# Slots with __dict__ explicitly listed.
class Flex:
    __slots__ = ("a", "__dict__")
flex = Flex()
flex.a = 1
flex.b = 2
print(flex.a, flex.b, vars(flex)["b"])

# A string __slots__ means a single slot.
class One:
    __slots__ = "only"
o = One()
o.only = "yes"
print(o.only)
try:
    o.other = 1
except AttributeError as e:
    print("AttributeError:", e)

# Slots are inherited; a subclass can read and write them.
class Named(P):
    __slots__ = ("name",)
n = Named(5, 6)
n.name = "nm"
print(n.name, n.x + n.y, isinstance(n, P), Named.__slots__)

# Hot loop over slotted objects.
pts = [P(i, -i) for i in range(20)]
total = 0
for i in range(500):
    pt = pts[i % 20]
    pt.x += 1
    total += pt.norm1()
print("total", total, pts[0].x, pts[19].y)
