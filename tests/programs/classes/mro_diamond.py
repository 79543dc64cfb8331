# Multiple inheritance, C3 MRO, diamonds, mro()
class O: pass
class A(O):
    def who(self): return "A"
class B(O):
    def who(self): return "B"
class C(A, B): pass
class D(B, A): pass
def names(cls):
    return [k.__name__ for k in cls.__mro__]
print(names(C), names(D))
print(C().who(), D().who())
print([k.__name__ for k in C.mro()])
# Classic diamond with super chain
class Root:
    def hello(self):
        return ["Root"]
class Left(Root):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Root):
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super().hello()
print(Bottom().hello())
print(names(Bottom))
# Wikipedia C3 example
class O2: pass
class A2(O2): pass
class B2(O2): pass
class C2(O2): pass
class D2(O2): pass
class E2(O2): pass
class K1(A2, B2, C2): pass
class K2(D2, B2, E2): pass
class K3(D2, A2): pass
class Z(K1, K2, K3): pass
print(names(Z))
# Inconsistent MRO
class X: pass
class Y(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(C, D): pass
except TypeError as e:
    print(type(e).__name__, e)
# duplicate base
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
# attribute lookup follows MRO
class M1:
    x = "M1"
class M2:
    x = "M2"
    y = "M2y"
class M3(M1, M2): pass
print(M3.x, M3.y, M3().x)
print(M3.__bases__ == (M1, M2), len(M3.__mro__))
print(issubclass(M3, M2), isinstance(M3(), M1))
print(issubclass(Z, (int, K3)), issubclass(Z, (int, str)))
# mixins
class JsonMixin:
    def to_s(self):
        return "{" + ", ".join("%s: %r" % (k, v) for k, v in sorted(vars(self).items())) + "}"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
class Rec(JsonMixin, EqMixin):
    def __init__(self, a, b):
        self.a = a
        self.b = b
print(Rec(1, "x").to_s(), Rec(1, 2) == Rec(1, 2), Rec(1, 2) == Rec(1, 3))
print(object.__mro__ == (object,), names(bool), names(int))
