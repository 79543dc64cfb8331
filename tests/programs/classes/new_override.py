# __new__ overrides: singletons, counting, __init__ interplay
class Singleton:
    _inst = None
    def __new__(cls, *a, **kw):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.inits = 0
        return cls._inst
    def __init__(self, v):
        self.inits += 1
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v, a.inits)
# __new__ returning instance of other class skips __init__
class Other:
    def __init__(self):
        self.tag = "other"
class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)
    def __init__(self, kind):
        print("Factory.__init__", kind)
        self.kind = kind
x = Factory("self")
y = Factory("other")
print(type(x).__name__, x.kind, type(y).__name__, y.tag, hasattr(y, "kind"))
# __new__ returning non-instance like int
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Weird())
# __init__ returning non-None
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
# extra args with default __new__/__init__
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.x = x
        return inst
print(OnlyNew(7).x)
class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(8).x)
try:
    object.__new__(OnlyInit, 1)
    print("object.__new__ with extra args ok when __init__ overridden")
except TypeError as e:
    print(type(e).__name__, e)
# __new__ in subclasses
class Counted:
    count = 0
    def __new__(cls, *args):
        Counted.count += 1
        inst = super().__new__(cls)
        inst.serial = Counted.count
        return inst
class CA(Counted):
    def __init__(self, name):
        self.name = name
items = [CA("a"), CA("b"), Counted(), CA("c")]
print([i.serial for i in items], Counted.count, items[-1].name)
# __new__ is a staticmethod implicitly
print(type(Counted.__dict__["__new__"]).__name__)
# object.__new__ with non-type
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
# calling __new__ and __init__ manually
inst = OnlyInit.__new__(OnlyInit)
print(hasattr(inst, "x"))
OnlyInit.__init__(inst, 99)
print(inst.x)
# flyweight pool
class Color:
    _pool = {}
    def __new__(cls, name):
        if name not in cls._pool:
            obj = super().__new__(cls)
            obj.name = name
            cls._pool[name] = obj
        return cls._pool[name]
print(Color("red") is Color("red"), Color("red") is Color("blue"), sorted(Color._pool))
