# __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def s(self):
        return self.x + self.y
p = P(1, 2)
print(p.x, p.y, p.s())
p.x = 10
print(p.s())
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 5
print(p.s())
print(sorted(P.__slots__), type(P.__dict__["x"]).__name__)
class Q(P):
    __slots__ = ("z",)
q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 1
except AttributeError as e:
    print(type(e).__name__, e)
class R(P):
    pass
r = R(1, 2)
r.w = 9
print(r.w, vars(r))
class S:
    __slots__ = "only"
s = S()
s.only = 1
print(s.only)
try:
    s.other = 2
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 3
except ValueError as e:
    print(type(e).__name__, e)
class Cnt:
    __slots__ = ["n"]
    def __init__(self):
        self.n = 0
c = Cnt()
for i in range(100):
    c.n += i
print(c.n)
try:
    P.x.__get__(5)
except TypeError as e:
    print(type(e).__name__, e)
