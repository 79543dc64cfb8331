# Rich comparisons, reflected comparisons, default identity equality
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "Ver" + repr(self.parts)
    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    __hash__ = None

a, b, c = Ver(1, 2), Ver(1, 3), Ver(1, 2)
print(a == c, a != c, a == b, a != b, a < b, b < a, a <= c, a > b, b > a, b >= a)
print(a == 5, a != 5, 5 == a)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 >= a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= b
except TypeError as e:
    print(type(e).__name__, e)
# default identity
class Plain: pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p, p is p)
try:
    p < q
except TypeError as e:
    print(type(e).__name__, e)
# reflected: __gt__ used for <
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        return ("gt", self.v, o.v if isinstance(o, OnlyGt) else o)
print(OnlyGt(1) > OnlyGt(2), OnlyGt(1) < OnlyGt(2), 3 < OnlyGt(9))
# != derived from __eq__
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq called", self.v, getattr(o, "v", o))
        return isinstance(o, E) and self.v == o.v
print(E(1) != E(1), E(1) != E(2))
# __eq__ returning non-bool
class Weird:
    def __eq__(self, o):
        return "yes"
    def __ne__(self, o):
        return 0
print(Weird() == 1, Weird() != 1, 1 == Weird())
print([Weird()] == [1], bool(Weird() == 2))
# subclass priority for comparisons
class Base:
    def __eq__(self, o):
        return "Base.eq"
    def __lt__(self, o):
        return "Base.lt"
class Derived(Base):
    def __eq__(self, o):
        return "Derived.eq"
    def __gt__(self, o):
        return "Derived.gt"
print(Base() == Derived(), Base() < Derived(), Derived() == Base())
# chained comparisons
x, y, z = Ver(1), Ver(2), Ver(3)
print(x < y < z, x < z < y, x <= x < y)
# comparisons in containers
print(Ver(1) in [Ver(0), Ver(1)], [Ver(1), Ver(2)] == [Ver(1), Ver(2)], (Ver(1),) < (Ver(2),))
print([Ver(1)].index(Ver(1)), [Ver(3), Ver(1), Ver(3)].count(Ver(3)))
print(max([Ver(1, 5), Ver(2), Ver(1, 9)]), min(Ver(3), Ver(2, 1)))
