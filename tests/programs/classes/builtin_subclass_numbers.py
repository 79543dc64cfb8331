# Subclassing int, float, tuple: base methods, isinstance, operators
class Money(int):
    def __repr__(self):
        return "Money(%d)" % int(self)
    def __str__(self):
        return "$" + int.__repr__(self)
    def __add__(self, o):
        return Money(int(self) + int(o))
m = Money(5)
print(m, repr(m), m + 3, type(m + 3).__name__, 3 + m, type(3 + m).__name__)
print(m * 2, type(m * 2).__name__, m // 2, m % 3, -m, abs(Money(-4)), m == 5, m < 6)
print(isinstance(m, int), isinstance(m, Money), issubclass(Money, int), type(m) is int)
print(m.bit_length(), m.real, int(m), float(m), hex(m), "%d" % m, f"{m:04d}")
print(list(range(m)), [0, 1, 2, 3, 4, 5][m], max(Money(3), Money(9), 4))
class Meters(float):
    unit = "m"
    def __str__(self):
        return "%g%s" % (float(self), self.unit)
    def to_cm(self):
        return self * 100
d = Meters(1.5)
print(d, repr(d), d.to_cm(), type(d.to_cm()).__name__, d + 1, d.is_integer(), round(d), int(d))
print(isinstance(d, float), d == 1.5, hash(d) == hash(1.5), sorted([Meters(2), 1.0, Meters(0.5)]))
class Vec(tuple):
    def __add__(self, o):
        return Vec(a + b for a, b in zip(self, o))
    def __mul__(self, k):
        return Vec(a * k for a in self)
    def norm2(self):
        return sum(a * a for a in self)
v = Vec((1, 2, 3))
w = Vec([4, 5, 6])
print(v, v + w, v * 3, type(v + w).__name__, v.norm2(), len(v), v[0], v[-1], v[1:])
print(v.count(1), v.index(3), 2 in v, list(v), tuple(v), v == (1, 2, 3), v < w)
print(isinstance(v, tuple), sorted(Vec((3, 1, 2))), max(v), sum(v))
x, y, z = v
print(x, y, z, {v: 1}[(1, 2, 3)])
# subclass with extra state and methods from base using it
class Flags(int):
    names = ["read", "write", "exec"]
    def __iter__(self):
        for i, n in enumerate(self.names):
            if self & (1 << i):
                yield n
    def __or__(self, o):
        return Flags(int(self) | int(o))
f = Flags(1) | Flags(4)
print(list(f), int(f), type(f).__name__, list(Flags(7)), list(Flags(0)))
# bool() and truth of subclasses
print(bool(Money(0)), bool(Meters(0.0)), bool(Vec(())), bool(Vec((0,))))
# conversion functions return base types
print(type(int(Money(3))).__name__, type(float(Meters(1.0))).__name__, type(tuple(Vec((1,)))).__name__)
print(type(str(Money(2))).__name__, str(Money(2)), format(Money(2)), format(Money(2), "d"))
