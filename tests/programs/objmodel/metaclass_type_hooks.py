# Metaclasses derived from type: __new__, __init__, __call__, __prepare__.

log = []

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        # (class keywords reaching __prepare__: tests/pending/objmodel/metaclass_prepare_kwargs.py)
        log.append("prepare " + name)
        return {"injected": name.lower()}

    def __new__(mcls, name, bases, ns, **kw):
        log.append("new " + name)
        ns["field_names"] = sorted(k for k in ns if not k.startswith("_") and k != "injected")
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append("init " + name)
        super().__init__(name, bases, ns)
        cls.instances = 0

    def __call__(cls, *args, **kwargs):
        log.append("call " + cls.__name__)
        obj = super().__call__(*args, **kwargs)
        cls.instances += 1
        return obj

class Model(metaclass=Meta):
    a = 1
    b = 2
    def __init__(self, v):
        self.v = v

class Sub(Model, flag=True, level=3):
    c = 3

print(log)
print(Model.injected, Sub.injected, Model.field_names, Sub.field_names)
print(Model.options, sorted(Sub.options.items()))
log.clear()
m = Model(1)
s1 = Sub(2)
s2 = Sub(3)
print(log, Model.instances, Sub.instances, s2.v)
print(type(Model).__name__, type(Sub) is Meta, isinstance(Sub, type), isinstance(m, Model))

# Singleton via metaclass __call__.
class Singleton(type):
    def __init__(cls, *args):
        super().__init__(*args)
        cls._inst = None
    def __call__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__call__(*args)
        return cls._inst

class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name

c1 = Config("first")
c2 = Config("second")
print(c1 is c2, c2.name)

# Metaclass methods are available on the class, not the instance.
class Describe(type):
    def describe(cls):
        return "class %s with %d attrs" % (cls.__name__, len([k for k in vars(cls) if not k.startswith("__")]))
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Thing(metaclass=Describe):
    x = 1
    y = 2
print(Thing.describe(), Thing.upper_name, hasattr(Thing(), "describe"))

# A metaclass __call__ that returns something else.
class Factory(type):
    def __call__(cls, n):
        return [n] * cls.size
class Triple(metaclass=Factory):
    size = 3
print(Triple(7))

# Metaclass conflict.
class M2(type):
    pass
class Other(metaclass=M2):
    pass
try:
    class Both(Model, Other):
        pass
except TypeError as e:
    print("TypeError:", e)

# Hot loop through a metaclass __call__.
log.clear()
total = 0
for i in range(300):
    obj = (Model if i % 3 else Sub)(i)
    total += obj.v + obj.a
print("total", total, Model.instances, Sub.instances, len(log))
