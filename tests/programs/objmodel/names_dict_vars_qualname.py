# __dict__, vars(), __name__, __qualname__ and __module__ of classes and methods.

class Outer:
    """Outer doc."""
    x = 1

    def method(self):
        return "m"

    @staticmethod
    def smeth():
        pass

    @classmethod
    def cmeth(cls):
        pass

    class Inner:
        def deep(self):
            def local():
                pass
            return local

        class Deeper:
            pass

def func():
    class Local:
        def m(self):
            pass
    return Local

print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deeper.__qualname__)
print(Outer.method.__name__, Outer.method.__qualname__, Outer.method.__module__)
print(Outer.smeth.__qualname__, Outer.cmeth.__qualname__, Outer().cmeth.__name__)
print(Outer.Inner().deep().__qualname__)
L = func()
print(L.__name__, L.__qualname__, L.m.__qualname__)
print((lambda: 0).__qualname__, func.__qualname__, func.__module__)
print(__name__)

# Class __dict__ contents.
keys = sorted(k for k in Outer.__dict__ if not k.startswith("__"))
print(keys)
print("__doc__" in Outer.__dict__, "__module__" in Outer.__dict__, Outer.__dict__["x"])
print(type(Outer.__dict__["smeth"]).__name__, type(Outer.__dict__["method"]).__name__)

# Instance __dict__ and vars().
class Rec:
    kind = "rec"
    def __init__(self, a, b):
        self.a = a
        self.b = b

r = Rec(1, 2)
print(vars(r), r.__dict__ is vars(r), "kind" in vars(r))
r.c = 3
vars(r)["d"] = 4
print(r.d, sorted(r.__dict__.items()))
del r.__dict__["a"]
print(hasattr(r, "a"), list(vars(r)))
r.__dict__.update(z=26)
print(r.z, len(vars(r)))
r.__dict__.clear()
r.__dict__["fresh"] = True
print(vars(r), hasattr(r, "b"))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)

# Bound method attributes.
bm = Outer().method
print(bm.__name__, bm.__qualname__, bm.__func__ is Outer.method, type(bm.__self__).__name__)

# __class__ and type names.
print(r.__class__.__name__, r.__class__.__qualname__, Outer.Inner().__class__.__qualname__)
print(type(r).__module__, int.__module__, int.__qualname__, len.__name__)

# Changing __qualname__ and __name__ of a function.
def f():
    pass
f.__qualname__ = "Renamed.f"
print(f.__name__, f.__qualname__)

# Hot loop through __dict__ based attribute access.
objs = [Rec(i, -i) for i in range(8)]
total = 0
for i in range(500):
    o = objs[i % 8]
    d = vars(o)
    d["a"] = d["a"] + 1
    total += o.a + len(d) + len(type(o).__name__)
print("total", total, objs[0].a, sorted(vars(objs[7])))
