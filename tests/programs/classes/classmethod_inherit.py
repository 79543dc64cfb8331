# classmethods and staticmethods across inheritance, registries, factories
class Shape:
    registry = {}
    sides = 0
    @classmethod
    def register(cls, name):
        def deco(sub):
            cls.registry[name] = sub
            sub.kind = name
            return sub
        return deco
    @classmethod
    def create(cls, name, *args):
        return cls.registry[name](*args)
    @classmethod
    def describe(cls):
        return "%s with %d sides" % (cls.__name__, cls.sides)
    @staticmethod
    def unit():
        return "cm"
@Shape.register("tri")
class Tri(Shape):
    sides = 3
    def __init__(self, a):
        self.a = a
@Shape.register("quad")
class Quad(Shape):
    sides = 4
    def __init__(self, a, b=None):
        self.a, self.b = a, b if b is not None else a
    @classmethod
    def describe(cls):
        return "quad! " + super().describe()
    @staticmethod
    def unit():
        return "mm"
class Square(Quad):
    pass
print(sorted(Shape.registry), Tri.kind, Quad.kind, Square.kind)
t = Shape.create("tri", 3)
q = Shape.create("quad", 2, 5)
print(type(t).__name__, t.a, type(q).__name__, q.a, q.b)
print(Shape.describe(), Tri.describe(), Quad.describe(), Square.describe(), t.describe(), Square(1).describe())
print(Shape.unit(), Tri.unit(), Quad.unit(), Square(2).unit())
try:
    Shape.create("hex")
except KeyError as e:
    print(type(e).__name__, e)
# classmethod stored and called later keeps the class bound
f = Square.describe
print(f(), f.__self__.__name__, f.__func__ is Quad.__dict__["describe"].__func__)
# alternate constructors returning subclasses
class Temperature:
    def __init__(self, k):
        self.k = k
    @classmethod
    def from_c(cls, c):
        return cls(c + 273.15)
    @classmethod
    def from_f(cls, f):
        return cls.from_c((f - 32) * 5 / 9)
    def __repr__(self):
        return "%s(%.2f)" % (type(self).__name__, self.k)
class Kelvin(Temperature):
    pass
print(Temperature.from_c(0), Kelvin.from_f(212), Kelvin.from_c(-273.15))
# classmethod called via instance of subclass
print(Kelvin(1).from_c(1))
# staticmethod called via instance doesn't get self
class Math:
    @staticmethod
    def add(a, b):
        return a + b
print(Math.add(1, 2), Math().add(3, 4))
try:
    Math().add(1)
except TypeError as e:
    print(type(e).__name__, e)
