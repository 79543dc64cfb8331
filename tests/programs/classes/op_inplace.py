# In-place operators and fallbacks
class Acc:
    def __init__(self, v):
        self.v = v
        self.log = []
    def __repr__(self):
        return "Acc(%r)" % (self.v,)
    def __iadd__(self, o):
        self.log.append("iadd")
        self.v += o
        return self
    def __add__(self, o):
        return Acc(self.v + o)
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return Acc(self.v * o)
    def __itruediv__(self, o):
        return "replaced"
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): self.v = ("mm", self.v, o); return self

a = Acc(1)
b = a
a += 5
print(a, b, a is b, a.log)
a -= 2
print(a, a is b)
a *= 3
print(a, a is b, b)
a = b
a //= 2
a %= 5
a **= 3
a <<= 2
a >>= 1
a &= 0xff
a |= 1
a ^= 3
print(a, a is b)
a /= 2
print(a)
c = Acc(7)
c @= 2
print(c)
# no __iadd__ -> __add__
class Only:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Only(self.v + o)
o = Only(1)
o2 = o
o += 1
print(o.v, o2.v, o is o2)
# no operator at all
class Nothing: pass
n = Nothing()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n *= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    n **= 2
except TypeError as e:
    print(type(e).__name__, e)
# in-place on attributes and items
class Holder:
    def __init__(self):
        self.a = Acc(0)
        self.items = [Acc(10)]
h = Holder()
for i in range(5):
    h.a += i
    h.items[0] += i
print(h.a, h.items, h.a.log)
# list iadd with custom iterable
class It:
    def __iter__(self):
        return iter([7, 8])
lst = [1]
lst += It()
print(lst)
