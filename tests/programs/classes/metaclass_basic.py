# Metaclasses deriving from type: __new__, __init__, __call__
log = []
class Meta(type):
    def __new__(mcls, name, bases, ns):
        log.append(("new", mcls.__name__, name, sorted(k for k in ns if not k.startswith("__"))))
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        log.append(("init", name))
        super().__init__(name, bases, ns)
        cls.initialized = True
    def __call__(cls, *args, **kw):
        log.append(("call", cls.__name__, args))
        inst = super().__call__(*args, **kw)
        inst.via_meta = True
        return inst
    def describe(cls):
        return "class " + cls.__name__

class Widget(metaclass=Meta):
    size = 1
    def __init__(self, v):
        self.v = v
    def go(self):
        return self.v

print(log)
w = Widget(3)
print(w.v, w.via_meta, Widget.added_by_meta, Widget.initialized, w.go())
print(type(Widget).__name__, Widget.describe(), isinstance(Widget, Meta))
try:
    w.describe()
except AttributeError as e:
    print(type(e).__name__, e)
class Gadget(Widget):
    pass
print(log[-2:], type(Gadget).__name__, Gadget.added_by_meta)
g = Gadget(9)
print(log[-1], g.v)
# metaclass __call__ returning something else
class Cached(type):
    def __call__(cls, key):
        cache = cls.__dict__.get("_cache")
        if cache is None:
            cache = {}
            cls._cache = cache
        if key not in cache:
            cache[key] = super().__call__(key)
        return cache[key]
class Sym(metaclass=Cached):
    def __init__(self, key):
        self.key = key
a = Sym("a")
b = Sym("a")
c = Sym("c")
print(a is b, a is c, sorted(Sym._cache))
# metaclass attribute lookup vs instance
class MA(type):
    shared = "from meta"
class UsesMA(metaclass=MA):
    pass
print(UsesMA.shared, hasattr(UsesMA(), "shared"))
# metaclass conflict
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1, M2): pass
class Both2(A1, A2, metaclass=M3): pass
print(type(Both2).__name__)
# metaclass via type() call
Dyn = Meta("Dyn", (), {"q": 1})
print(Dyn.added_by_meta, Dyn.initialized, type(Dyn).__name__)
