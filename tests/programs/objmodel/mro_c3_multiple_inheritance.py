# Multiple inheritance and the C3 method resolution order.

def names(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for cls in (A, K1, K2, K3, Z):
    print(cls.__name__, names(cls))
print(Z.mro() == list(Z.__mro__))
print(type(Z.__mro__).__name__, len(Z.__mro__))

# Method lookup follows the MRO.
class Base:
    def who(self): return "Base"
    def tag(self): return "base-tag"
class Left(Base):
    def who(self): return "Left"
class Right(Base):
    def who(self): return "Right"
    def tag(self): return "right-tag"
class Bottom(Left, Right):
    pass
class Bottom2(Right, Left):
    pass

b, b2 = Bottom(), Bottom2()
print(b.who(), b.tag(), b2.who(), b2.tag())
print(names(Bottom), names(Bottom2))
print(issubclass(Bottom, Right), isinstance(b2, Left), issubclass(Left, Right))
print(Bottom.__bases__ == (Left, Right), [c.__name__ for c in Bottom2.__bases__])

# Inconsistent hierarchies.
def try_class(label, *bases):
    try:
        cls = type(label, bases, {})
        print(label, "ok", names(cls))
    except TypeError as e:
        # (the raw CPython message contains a newline: see tests/pending/objmodel/mro_error_message.py)
        print(label, "TypeError:", " ".join(str(e).split()))

try_class("Bad1", O, A)
try_class("Good1", A, O)
try_class("Mixed2", K1, A, K2)
try_class("Bad3", Left, Base, Right)
try_class("Dup", A, A)

try:
    class X(Left, Right): pass
    class Y(Right, Left): pass
    class XY(X, Y): pass
except TypeError as e:
    print("class stmt TypeError:", " ".join(str(e).split()))

# Attribute lookup through the MRO in a hot loop.
class M1:
    x = 1
    def f(self): return self.x
class M2:
    x = 2
    y = 20
    def g(self): return self.y
class M3(M1, M2):
    z = 300
class M4(M2, M1):
    pass

total = 0
objs = [M3(), M4()]
for i in range(500):
    o = objs[i % 2]
    total += o.f() + o.g() + o.x
    if i % 3 == 0:
        total += getattr(o, "z", 7)
print("total", total)
print(names(M3), names(M4))
print(M3.__mro__[1].__name__, M4.__mro__[-1].__name__)
