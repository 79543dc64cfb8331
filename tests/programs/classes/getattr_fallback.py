# __getattr__ is a fallback only
class Proxy:
    cls_attr = "class"
    def __init__(self, target):
        self.target = target
        self.misses = []
    def __getattr__(self, name):
        self.misses.append(name)
        if name.startswith("bad_"):
            raise AttributeError("no %s here" % name)
        return getattr(self.target, name)
class Target:
    def __init__(self):
        self.x = 1
    def hello(self, who):
        return "hello " + who
p = Proxy(Target())
print(p.x, p.hello("bob"), p.cls_attr, p.target.x)
print(p.misses)
try:
    p.bad_thing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "bad_x"), getattr(p, "bad_y", "dflt"), hasattr(p, "x"))
print(p.misses)
# __getattr__ generating values
class Dyn:
    def __getattr__(self, name):
        if name.startswith("sq_"):
            n = int(name[3:])
            return n * n
        raise AttributeError(name)
d = Dyn()
print(d.sq_7, d.sq_12, getattr(d, "sq_3"))
d.sq_7 = "real"
print(d.sq_7)
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
# __getattr__ not used for dunder lookups by operators
class Ghost:
    def __getattr__(self, name):
        return lambda *a: "ghost " + name
g = Ghost()
print(g.__len__(), g.anything())
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
# property raising AttributeError falls into __getattr__
class PropFall:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback for " + name
print(PropFall().p)
# __getattr__ on class does not affect class attribute lookup
class OnCls:
    def __getattr__(self, name):
        return 1
try:
    OnCls.missing
except AttributeError as e:
    print(type(e).__name__, e)
# recursion guard via __dict__
class Lazy:
    def __init__(self):
        self.computed = 0
    def __getattr__(self, name):
        if name == "value":
            self.computed += 1
            self.value = 99
            return self.value
        raise AttributeError(name)
l = Lazy()
print(l.value, l.value, l.computed)
# __getattr__ in inheritance
class Base:
    def __getattr__(self, name):
        return "base-" + name
class Child(Base):
    own = 1
print(Child().own, Child().zzz)
