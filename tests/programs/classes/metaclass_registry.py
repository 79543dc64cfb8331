# Metaclass-based plugin registry and class-level hooks
class PluginMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = ns.get("key", name.lower())
            PluginMeta.registry[key] = cls
        return cls
    def __len__(cls):
        return len(PluginMeta.registry)
    def __iter__(cls):
        return iter(sorted(PluginMeta.registry))
    def __getitem__(cls, key):
        return PluginMeta.registry[key]
    def __repr__(cls):
        return "<plugin %s>" % cls.__name__

class Plugin(metaclass=PluginMeta):
    def run(self, x):
        raise NotImplementedError
class Double(Plugin):
    def run(self, x):
        return x * 2
class Square(Plugin):
    key = "sq"
    def run(self, x):
        return x * x
class Neg(Plugin):
    def run(self, x):
        return -x
print(len(Plugin), list(Plugin))
print(Plugin["sq"], repr(Double), str(Neg))
for k in Plugin:
    print(k, Plugin[k]().run(7))
try:
    Plugin().run(1)
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Plugin["nope"]
except KeyError as e:
    print(type(e).__name__, e)
# metaclass with __prepare__-free ordering check via ns keys
class OrderMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.fields = [k for k in ns if not k.startswith("_")]
        return cls
class Rec(metaclass=OrderMeta):
    zeta = 1
    alpha = 2
    def mid(self): pass
    beta = 3
print(Rec.fields)
# metaclass providing class properties
class PropMeta(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Lower(metaclass=PropMeta):
    pass
print(Lower.upper_name)
# metaclass __init__ counting subclasses
class Counting(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.depth = 0 if not bases else max(b.depth for b in bases) + 1
class L0(metaclass=Counting): pass
class L1(L0): pass
class L2(L1): pass
class L3(L2, L0): pass
print(L0.depth, L1.depth, L2.depth, L3.depth)
# metaclass instance check
print(isinstance(L3, Counting), isinstance(L3, type), type(type(L3)).__name__)
