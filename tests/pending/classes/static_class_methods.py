# staticmethod and classmethod: alternative constructors, cls in subclasses
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)

class MyDate(Date):
    pass

print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.epoch(), MyDate.epoch())
print(Date.is_leap(2000), Date.is_leap(1900), MyDate.is_leap(2024), Date(1, 1, 1).is_leap(3))
print(Date.count, MyDate.count)
d = MyDate(2020, 5, 5)
print(d.from_string("2001-01-01"), MyDate.count)
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["epoch"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(2004), cm.__func__(MyDate))
print(Date.epoch.__self__ is Date, MyDate.epoch.__self__ is MyDate)
# staticmethod/classmethod created by call
class Util:
    def _twice(x):
        return 2 * x
    twice = staticmethod(_twice)
    def _name(cls):
        return cls.__name__
    name = classmethod(_name)
class SubUtil(Util):
    pass
print(Util.twice(4), Util().twice(5), Util.name(), SubUtil.name(), SubUtil().name())
# classmethod counting per-class
class Reg:
    registry = None
    @classmethod
    def register(cls, item):
        if cls.registry is None or "registry" not in cls.__dict__:
            cls.registry = []
        cls.registry.append(item)
        return cls
class RegA(Reg): pass
class RegB(Reg): pass
RegA.register(1).register(2)
RegB.register(3)
print(RegA.registry, RegB.registry, Reg.registry)
# calling staticmethod with wrong args
try:
    Date.is_leap()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Date.from_string("bad")
except ValueError as e:
    print(type(e).__name__, e)
print(callable(sm), callable(Date.is_leap))
