# Advanced property usage: inheritance, overriding setters, lazy computation, validation
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
class ReadOnly(Base):
    @property
    def v(self):
        return "ro:%r" % self._v
ro = ReadOnly()
print(ro.v)
try:
    ro.v = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Doubling(Base):
    @Base.v.setter
    def v(self, x):
        self._v = x * 2
d = Doubling()
d.v = 21
print(d.v, type(Doubling.__dict__["v"]).__name__, Doubling.v is not Base.v)
# property objects are reusable and immutable-style copies
p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
print(p1 is p2, p1.fset, p2.fset is not None, p1.fget is p2.fget)
# lazy attribute via non-data descriptor that replaces itself
class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val
class Report:
    computed = 0
    def __init__(self, data):
        self.data = data
    @lazy
    def total(self):
        Report.computed += 1
        return sum(self.data)
r = Report([1, 2, 3])
print(r.total, r.total, Report.computed, "total" in vars(r), type(Report.total).__name__)
del r.total
print(r.total, Report.computed)
# validating property factory
def typed_property(name, kind):
    key = "_" + name
    def getter(self):
        return getattr(self, key)
    def setter(self, value):
        if not isinstance(value, kind):
            raise TypeError("%s must be %s, not %s" % (name, kind.__name__, type(value).__name__))
        setattr(self, key, value)
    return property(getter, setter, doc="typed " + name)
class Person:
    name = typed_property("name", str)
    age = typed_property("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
pp = Person("ann", 30)
pp.age += 1
print(pp.name, pp.age, Person.age.__doc__)
for attr, val in (("age", "old"), ("name", 5)):
    try:
        setattr(pp, attr, val)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Person(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
# property getter raising a non-AttributeError
class Explode:
    @property
    def x(self):
        raise KeyError("inner key")
try:
    Explode().x
except KeyError as e:
    print(type(e).__name__, e)
print(hasattr(Explode, "x"), isinstance(Explode.x, property))
try:
    hasattr(Explode(), "x")
except KeyError as e:
    print("hasattr propagates", type(e).__name__)
# property accessed on class returns the property itself
print(type(Person.name).__name__, Person.name.fget.__name__)
# property with __slots__
class Slotted:
    __slots__ = ("_r",)
    def __init__(self, r):
        self._r = r
    @property
    def diameter(self):
        return self._r * 2
    @diameter.setter
    def diameter(self, d):
        self._r = d / 2
s = Slotted(3)
s.diameter = 10
print(s.diameter, s._r)
