# A Fraction class: arithmetic, reflected ops, comparisons, hashing, formatting
import math
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = math.gcd(n, d)
        self.n = n // g
        self.d = d // g
    @classmethod
    def of(cls, x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return cls(x)
        return NotImplemented
    def __add__(self, o):
        o = Frac.of(o)
        if o is NotImplemented: return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac.of(o)
        if o is NotImplemented: return o
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Frac.of(o) - self
    def __mul__(self, o):
        o = Frac.of(o)
        if o is NotImplemented: return o
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        if o is NotImplemented: return o
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Frac.of(o) / self
    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __neg__(self): return Frac(-self.n, self.d)
    def __abs__(self): return Frac(abs(self.n), self.d)
    def __eq__(self, o):
        o = Frac.of(o)
        if o is NotImplemented: return o
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = Frac.of(o)
        if o is NotImplemented: return o
        return self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __float__(self): return self.n / self.d
    def __int__(self): return int(self.n / self.d)
    def __bool__(self): return self.n != 0
    def __repr__(self): return "Frac(%d, %d)" % (self.n, self.d)
    def __str__(self): return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)
    def __format__(self, spec): return format(float(self), spec) if spec else str(self)
h = Frac(0)
for k in range(1, 21):
    h = h + Frac(1, k)
print(h, float(h), int(h), f"{h:.5f}", f"{h}")
a, b = Frac(3, 4), Frac(-5, 6)
print(a + b, a - b, a * b, a / b, a ** 2, b ** -1, -a, abs(b), 1 + a, 2 - a, 3 * b, 1 / a)
print(a == Frac(6, 8), a == 0.75, Frac(2) == 2, a < b, b < a, a <= Frac(3, 4), sorted([a, b, Frac(0), Frac(1, 3)]))
print(bool(Frac(0)), bool(a), hash(Frac(4, 2)) == hash(2), len({Frac(1, 2), Frac(2, 4)}), {Frac(3): "x"}.get(3))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    a / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    a + 0.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < "x"
except TypeError as e:
    print(type(e).__name__, e)
x = Frac(1)
for _ in range(8):
    x = (x + 2 / x) / 2
print(x, "%.12f" % float(x))
print(sum([Frac(1, n * (n + 1)) for n in range(1, 50)]), max(Frac(7, 3), Frac(9, 4)))
