# Operator overloading: forward, reflected, in-place and NotImplemented fallback.

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x - o.x, self.y - o.y)
        return NotImplemented
    def __rsub__(self, o):
        if isinstance(o, (int, float)):
            return Vec(o - self.x, o - self.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5
    def __matmul__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return self.x * o.y - self.y * o.x
    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    __hash__ = None

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, 2 + a, a + 0.5, 10 - a)
print(-a, +a, abs(b), a @ b, b / 2, b // 2, b % 2, a ** 3)
print(a == Vec(1, 2), a != b, a == 5, sum([a, b, Vec(5, 5)]))

c = a
c += b
print(c, a, c is a)
c -= Vec(1, 1)           # no __isub__: falls back to __sub__, new object
print(c, a, c is a)
c *= 2
print(c)

bad = [lambda: a - 'x', lambda: a * None, lambda: 'x' - a, lambda: a @ 3,
       lambda: a < b, lambda: divmod(a, 2), lambda: a & b, lambda: ~a]
for fn in bad:
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)

# Reflected operation chosen first for a subclass of the left operand type.
class Money:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return ("Money.add", self.v + getattr(o, "v", o))
    def __radd__(self, o):
        return ("Money.radd", self.v + getattr(o, "v", o))
class Euro(Money):
    def __radd__(self, o):
        return ("Euro.radd", self.v + getattr(o, "v", o))
print(Money(1) + Euro(2), Euro(2) + Money(1), 5 + Money(1), Money(1) + 5)

# Both sides NotImplemented.
class Nope:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    Nope() + Nope()
except TypeError as e:
    print("TypeError:", e)

# In-place on immutable-like objects falls back and rebinds.
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)

# Hot loop.
acc = Vec(0, 0)
for i in range(500):
    v = Vec(i, i % 7)
    acc += v * 2 - Vec(1, 1)
    acc = acc + 1 if i % 2 else 1 + acc
print("acc", acc, acc * acc)
