# __getattribute__ overrides
class Logged:
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        return "m"
    def __getattribute__(self, name):
        if not name.startswith("__"):
            log.append(name)
        return object.__getattribute__(self, name)
log = []
o = Logged()
print(o.a + o.b, o.method())
print(log)
try:
    o.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(log[-1])
# __getattribute__ with __getattr__ fallback
class Both:
    def __init__(self):
        self.real = "r"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback:" + name
b = Both()
print(b.real, b.secret, b.other)
# transforming values
class Upper:
    def __init__(self):
        self.name = "hello"
        self.n = 3
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        if isinstance(v, str):
            return v.upper()
        return v
u = Upper()
print(u.name, u.n, getattr(u, "name"))
# hiding everything
class Wall:
    def __getattribute__(self, name):
        raise AttributeError("wall: " + name)
w = Wall()
print(hasattr(w, "x"), getattr(w, "y", "default"))
try:
    w.z
except AttributeError as e:
    print(type(e).__name__, e)
print(type(w).__name__)
# __getattribute__ returning methods
class Redirect:
    def real(self):
        return "real"
    def __getattribute__(self, name):
        if name == "alias":
            name = "real"
        return object.__getattribute__(self, name)
r = Redirect()
print(r.alias(), r.real())
# inherited __getattribute__
class Counter:
    def __init__(self):
        object.__setattr__(self, "hits", 0)
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
class SubCounter(Counter):
    x = 5
sc = SubCounter()
total = 0
for _ in range(10):
    total += sc.x
print(total, sc.hits)
# non-AttributeError propagates
class Raises:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "not reached"
try:
    Raises().q
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(Raises(), "q")
except KeyError as e:
    print(type(e).__name__, e)
