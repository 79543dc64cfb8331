class A:
    """doc"""
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
    def __repr__(self):
        return f"A({self.v})"

a = A(5)
print(a.get(), a, repr(a), A.__doc__, A.__name__, A.__qualname__, A.__module__)
print(type(a) is A, isinstance(a, A), isinstance(a, object))

class B(A):
    def get(self):
        return super().get() * 2
    @property
    def double(self):
        return self.v * 2
    @double.setter
    def double(self, val):
        self.v = val // 2
    @staticmethod
    def s(x): return x + 1
    @classmethod
    def c(cls): return cls.__name__

b = B(3)
print(b.get(), b.double, B.s(1), b.s(2), B.c(), b.c())
b.double = 10
print(b.v, b)
print(B.__mro__)

class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __str__(self): return f"<{self.x},{self.y}>"
    def __iter__(self):
        yield self.x
        yield self.y

v = V(1, 2) + V(3, 4)
print(v, v == V(4, 6), v != V(4, 6), len(v), v[0], list(v), [str(x) for x in sorted([V(2,1), V(1,2)])])
d = {V(1,1): "a"}
print(d[V(1,1)], V(1,1) in d, V(2,2) in {V(2,2)})
class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3]); l.append(4)
print(l, l.total(), len(l), type(l).__name__)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 3)
except E as e:
    print("caught", e, e.code, e.args, repr(e))
class I(int):
    pass
print(I(5) + 1, I(3) * I(4), repr(I(7)))
o = object()
print(type(o).__name__)
