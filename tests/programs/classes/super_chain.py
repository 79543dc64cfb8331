# Multi-level super chains, cooperative methods with kwargs
class A:
    def __init__(self, **kw):
        self.trace = ["A"]
        self.rest = sorted(kw)
    def step(self, acc):
        acc.append("A")
        return acc

class B(A):
    def __init__(self, b=0, **kw):
        super().__init__(**kw)
        self.b = b
        self.trace.append("B")
    def step(self, acc):
        acc.append("B")
        return super().step(acc)

class C(B):
    def __init__(self, c=0, **kw):
        super().__init__(**kw)
        self.c = c
        self.trace.append("C")
    def step(self, acc):
        acc.append("C")
        return super().step(acc)

class D(C):
    def __init__(self, d=0, **kw):
        super().__init__(**kw)
        self.d = d
        self.trace.append("D")
    def step(self, acc):
        acc.append("D")
        return super().step(acc)

x = D(d=4, c=3, b=2, extra=1, more=2)
print(x.trace, x.b, x.c, x.d, x.rest)
print(x.step([]))
print(C(c=1).step(["start"]))
# super in classmethod and staticmethod-ish context
class P:
    @classmethod
    def make(cls):
        return ["P.make", cls.__name__]
class Q(P):
    @classmethod
    def make(cls):
        r = super().make()
        r.append("Q.make")
        return r
class R(Q):
    pass
print(Q.make(), R.make())
# super() with property in parent
class Base:
    @property
    def value(self):
        return 10
class Derived(Base):
    @property
    def value(self):
        return super().value * 2
class Derived2(Derived):
    @property
    def value(self):
        return super().value + 1
print(Base().value, Derived().value, Derived2().value)
# super object access to class attributes
class K1:
    tag = "k1"
class K2(K1):
    tag = "k2"
    def parent_tag(self):
        return super().tag
print(K2().parent_tag())
# super in a loop-heavy method
class Acc:
    def add(self, n):
        return n
class Acc2(Acc):
    def add(self, n):
        return super().add(n) + 1
total = 0
a = Acc2()
for i in range(1000):
    total += a.add(i)
print(total)
# super with __repr__/__str__
class S1:
    def __repr__(self):
        return "S1"
class S2(S1):
    def __repr__(self):
        return "S2<" + super().__repr__() + ">"
print(repr(S2()), str(S2()), [S2()])
