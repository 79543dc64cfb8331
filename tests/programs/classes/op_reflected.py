# Reflected operators and NotImplemented fallbacks
class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "M(%r)" % self.v
    def __add__(self, o):
        if isinstance(o, M):
            return M(self.v + o.v)
        if isinstance(o, int):
            return M(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        if isinstance(o, int):
            return M(o + self.v)
        return NotImplemented
    def __rsub__(self, o):
        return M(o - self.v)
    def __rmul__(self, o):
        return M(o * self.v)
    def __rtruediv__(self, o):
        return M(o / self.v)
    def __rfloordiv__(self, o):
        return M(o // self.v)
    def __rmod__(self, o):
        return M(o % self.v)
    def __rpow__(self, o):
        return M(o ** self.v)
    def __rlshift__(self, o):
        return M(o << self.v)
    def __rand__(self, o):
        return M(o & self.v)
    def __ror__(self, o):
        return ("ror", o)
    def __rxor__(self, o):
        return ("rxor", o)
    def __rmatmul__(self, o):
        return ("rmatmul", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
m = M(3)
print(1 + m, m + 1, m + m, 10 - m, 2 * m, 9 / m, 10 // m, 10 % m, 2 ** m, 1 << m)
print(6 & m, "s" | m, [1] ^ m, 5 @ m, divmod(7, m), pow(2, m))
print(sum([M(1), M(2), M(3)]))
try:
    "s" + m
except TypeError as e:
    print(type(e).__name__, e)
try:
    m + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    m - 1
except TypeError as e:
    print(type(e).__name__, e)
# subclass reflected priority
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Sub(Base):
    def __add__(self, o):
        return "Sub.add"
    def __radd__(self, o):
        return "Sub.radd"
print(Base() + Sub(), Sub() + Base(), Base() + Base())
class Sub2(Base):
    pass
print(Base() + Sub2())
# both NotImplemented
class N1:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
class N2:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    N1() + N2()
except TypeError as e:
    print(type(e).__name__, e)
# int subclass reflected wins
class MyInt(int):
    def __radd__(self, o):
        return "MyInt.radd"
    def __rsub__(self, o):
        return "MyInt.rsub"
print(1 + MyInt(2), 5 - MyInt(1), MyInt(2) + 1)
# list with __radd__ (list + obj)
class L:
    def __radd__(self, o):
        return o + ["L"]
    def __rmul__(self, o):
        return "rmul %r" % (o,)
print([1] + L(), "ab" * 1, [1, 2] * L())
# float reflected
print(1.5 - m, 2.0 * m)
