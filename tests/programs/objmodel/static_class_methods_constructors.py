# staticmethod / classmethod, including alternative constructors.

class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @classmethod
    def from_ordinal(cls, n):
        return cls(2000 + n // 372, 1 + n % 372 // 31, 1 + n % 31)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def leap(self):
        return self.is_leap(self.y)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)

class EuroDate(Date):
    def __repr__(self):
        return "%02d.%02d.%04d" % (self.d, self.m, self.y)

d1 = Date.from_string("2024-02-29")
d2 = EuroDate.from_string("1999-12-31")
print(d1, d2, type(d2).__name__)
print(d1.leap(), d2.leap(), Date.is_leap(1900), EuroDate.is_leap(2000))
print(Date.from_ordinal(1000), EuroDate.from_ordinal(5))
print(Date.created, EuroDate.created)

# Calling via instance and class.
print(d1.from_string("2001-01-01"), d2.is_leap(2004))

# Descriptor objects themselves.
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["from_string"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(2008), cm.__func__(EuroDate, "2010-10-10"))
bound = Date.from_string
print(bound.__self__.__name__, bound.__func__.__name__)
print(EuroDate.from_string.__self__ is EuroDate)

# staticmethod/classmethod built without decorator syntax.
class Util:
    def _double(x):
        return x * 2
    double = staticmethod(_double)
    def _cname(cls):
        return cls.__name__.lower()
    cname = classmethod(_cname)
class SubUtil(Util):
    pass
print(Util.double(21), Util().double("ab"), SubUtil.cname(), SubUtil().cname())

# Classmethod factory registry.
class Shape:
    registry = {}
    @classmethod
    def register(cls, key):
        def deco(sub):
            cls.registry[key] = sub
            return sub
        return deco
    @classmethod
    def create(cls, key, *args):
        return cls.registry[key](*args)

@Shape.register("sq")
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s

@Shape.register("rect")
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h

print(sorted(Shape.registry), Shape.create("sq", 4).area(), Shape.create("rect", 2, 5).area())

# Hot loop.
total = 0
for i in range(400):
    d = (EuroDate if i % 2 else Date).from_ordinal(i)
    total += d.y + d.m + d.d + Date.is_leap(1900 + i)
    total += Shape.create("rect", i, 2).area()
print("total", total, Date.created, EuroDate.created)
