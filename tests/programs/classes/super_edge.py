# super() edge cases: cooperative multiple inheritance, nested functions, explicit args
class Base:
    def __init__(self, **kw):
        self.seen = ["Base"]
        self.leftover = sorted(kw)
class Color(Base):
    def __init__(self, color="none", **kw):
        super().__init__(**kw)
        self.color = color
        self.seen.append("Color")
class Size(Base):
    def __init__(self, size=0, **kw):
        super().__init__(**kw)
        self.size = size
        self.seen.append("Size")
class Item(Color, Size):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.seen.append("Item")
it = Item("box", color="red", size=3, weight=9)
print(it.name, it.color, it.size, it.seen, it.leftover)
print([c.__name__ for c in Item.__mro__])
# super inside a nested function / lambda via explicit args
class P:
    def val(self):
        return "P"
class Q(P):
    def val(self):
        def inner():
            return super(Q, self).val() + "<inner"
        return inner()
    def lam(self):
        f = lambda: super(Q, self).val()
        return f()
print(Q().val(), Q().lam())
# super() in a comprehension inside a method (uses __class__ cell)
class R(P):
    def many(self):
        return [super(R, self).val() for _ in range(2)]
print(R().many())
# super(type, type) for classmethod-like access
class S(P):
    pass
print(super(S, S).val(S()))
# super object attributes
class T(P):
    def info(self):
        s = super()
        return type(s).__name__, s.val()
print(T().info())
# super with bad args
try:
    super(P, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(Q, P())
except TypeError as e:
    print(type(e).__name__, e)
# super() skips to next in MRO even when the method is missing there
class A1:
    def go(self): return ["A1"]
class A2(A1):
    pass
class A3(A2):
    def go(self): return ["A3"] + super().go()
print(A3().go())
# super().__setattr__ and __getattribute__
class Guarded:
    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2 if isinstance(v, int) else v)
    def __getattribute__(self, k):
        v = super().__getattribute__(k)
        return v
g = Guarded()
g.n = 21
g.s = "x"
print(g.n, g.s)
# super in __repr__ of subclass of builtin
class MyList(list):
    def __repr__(self):
        return "MyList" + super().__repr__()
print(repr(MyList([1, 2])), str(MyList()))
