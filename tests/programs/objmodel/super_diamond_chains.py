# Zero-argument super() chains through diamond hierarchies.

class Root:
    def __init__(self, log):
        self.log = log
        log.append("Root")
    def describe(self):
        return ["Root"]
    def compute(self, n):
        return n

class A(Root):
    def __init__(self, log):
        log.append("A>")
        super().__init__(log)
        log.append("<A")
    def describe(self):
        return ["A"] + super().describe()
    def compute(self, n):
        return super().compute(n) * 2

class B(Root):
    def __init__(self, log):
        log.append("B>")
        super().__init__(log)
        log.append("<B")
    def describe(self):
        return ["B"] + super().describe()
    def compute(self, n):
        return super().compute(n) + 3

class C(A, B):
    def __init__(self, log):
        log.append("C>")
        super().__init__(log)
        log.append("<C")
    def describe(self):
        return ["C"] + super().describe()
    def compute(self, n):
        return super().compute(n) - 1

class D(B, A):
    def describe(self):
        return ["D"] + super().describe()

log = []
c = C(log)
print(log)
print(c.describe())
print([k.__name__ for k in C.__mro__])
log2 = []
d = D(log2)
print(log2)
print(d.describe(), d.compute(5))
print(c.compute(5))

# Cooperative keyword-argument passing.
class Shape:
    def __init__(self, **kw):
        self.extra = sorted(kw)
class Colored(Shape):
    def __init__(self, color="none", **kw):
        self.color = color
        super().__init__(**kw)
class Sized(Shape):
    def __init__(self, size=0, **kw):
        self.size = size
        super().__init__(**kw)
class Thing(Colored, Sized):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)

t = Thing("box", color="red", size=4, weight=9)
print(t.name, t.color, t.size, t.extra)

# super() in classmethods and staticmethod-free contexts.
class P:
    @classmethod
    def make(cls):
        return "P.make for " + cls.__name__
class Q(P):
    @classmethod
    def make(cls):
        return "Q+" + super().make()
class R(Q):
    @classmethod
    def make(cls):
        return "R+" + super().make()
print(R.make(), Q.make(), R().make())

# super() with explicit arguments vs zero-arg.
print(super(C, c).describe(), super(A, c).describe())
print(super(B, c).compute(10))

# Hot loop.
acc = 0
for i in range(400):
    acc += c.compute(i) + d.compute(i)
    if i % 100 == 0:
        acc += len(c.describe())
print("acc", acc)
