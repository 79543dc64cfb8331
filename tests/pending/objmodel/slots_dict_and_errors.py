# __slots__ details: slot values stay out of __dict__, error messages, class-variable conflict.

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class PD(P):                      # no __slots__: gets a __dict__ for extra attributes only
    pass

pd = PD(1, 2)
pd.z = 3
print(vars(pd), sorted(pd.__dict__), pd.x + pd.y + pd.z)

class Flex:
    __slots__ = ("a", "__dict__")
f = Flex()
f.a = 1
f.b = 2
print(vars(f), f.a)

q = P.__new__(P)
try:
    del q.x                       # unset slot
except AttributeError as e:
    print("AttributeError:", e)

try:
    class Bad:
        __slots__ = ("v",)
        v = 1
    print("created", Bad.v)
except ValueError as e:
    print("ValueError:", e)

print(type(P.__dict__["x"]).__name__, P.x.__name__)

total = 0
for i in range(300):
    o = PD(i, -i)
    o.extra = i
    total += len(vars(o)) + o.x + o.extra
print("total", total)
