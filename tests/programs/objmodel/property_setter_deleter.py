# property with getter/setter/deleter and computed attributes.

class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
        self.log = []

    @property
    def celsius(self):
        self.log.append("get")
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % value)
        self.log.append("set")
        self._c = value

    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 6))
del t.celsius
print(t.celsius, t.log)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)

# Read-only property.
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return 3 * self.r * self.r
    def _get_diam(self):
        return 2 * self.r
    def _set_diam(self, d):
        self.r = d // 2
    diameter = property(_get_diam, _set_diam, doc="the diameter")

c = Circle(5)
print(c.area, c.diameter)
c.diameter = 20
print(c.r, c.area)
try:
    c.area = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Circle.diameter.__doc__, type(Circle.area).__name__)
print(Circle.area.fget(c), Circle.area.fset, Circle.diameter.fset is Circle._set_diam)

# Properties are inherited and can be overridden.
class Square:
    def __init__(self, s):
        self.s = s
    @property
    def area(self):
        return self.s * self.s
    @property
    def name(self):
        return "square"
class Cube(Square):
    @property
    def area(self):
        return 6 * super().area
cu = Cube(3)
print(cu.area, cu.name, Square(3).area)

# Property vs instance __dict__: data descriptor wins.
cu.__dict__["area"] = "shadow?"
print(cu.area, cu.__dict__["area"])

# Lazy cached computed attribute.
class Lazy:
    computed = 0
    @property
    def value(self):
        if "_v" not in self.__dict__:
            Lazy.computed += 1
            self._v = sum(range(100))
        return self._v

objs = [Lazy() for _ in range(5)]
total = 0
for i in range(500):
    total += objs[i % 5].value
    c.diameter = i
    total += c.area
print("total", total, Lazy.computed, c.r)
