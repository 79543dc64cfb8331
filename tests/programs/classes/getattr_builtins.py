# getattr / setattr / hasattr / delattr with defaults and errors
class C:
    k = 1
    def m(self):
        return "m"

c = C()
print(getattr(c, "k"), getattr(c, "missing", "dflt"), getattr(C, "k"))
print(getattr(c, "m")())
setattr(c, "a", 42)
print(c.a, hasattr(c, "a"), hasattr(c, "b"))
setattr(C, "k", 2)
print(c.k)
delattr(c, "a")
print(hasattr(c, "a"))
try:
    delattr(c, "a")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, "zzz")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr(c, None)
except TypeError as e:
    print(type(e).__name__, e)
names = ["x0", "x1", "x2"]
for i, n in enumerate(names):
    setattr(c, n, i * i)
print([getattr(c, n) for n in names])
print(sorted(vars(c)))
for n in names[:2]:
    delattr(c, n)
print(sorted(vars(c)))
setattr(c, "weird name", 3)
print(getattr(c, "weird name"))
print(vars(c)["weird name"])
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c)
except TypeError as e:
    print(type(e).__name__, e)
class D:
    pass
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(vars(D()) == {})
print(getattr(D, "__name__"), getattr(D(), "__class__").__name__)
