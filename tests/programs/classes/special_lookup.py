# Special methods are looked up on the type, not the instance
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance-repr"
print(len(c), repr(c), c.__len__(), c.__repr__())
# replacing on the class takes effect immediately
C.__len__ = lambda self: 7
print(len(c))
def new_repr(self):
    return "patched"
C.__repr__ = new_repr
print(repr(c), str(c), [c])
# adding operators after class creation
class N:
    def __init__(self, v):
        self.v = v
N.__add__ = lambda self, o: N(self.v + o.v)
N.__eq__ = lambda self, o: self.v == o.v
N.__hash__ = lambda self: hash(self.v)
print((N(1) + N(2)).v, N(3) == N(3), N(3) != N(4), {N(1): "a"}[N(1)])
# deleting a special method reverts to inherited
class Base:
    def __str__(self):
        return "Base.str"
class Derived(Base):
    def __str__(self):
        return "Derived.str"
d = Derived()
print(str(d))
del Derived.__str__
print(str(d))
# instance __call__ ignored, class __call__ used
class F:
    def __call__(self):
        return "class call"
f = F()
f.__call__ = lambda: "inst call"
print(f(), f.__call__())
# __bool__ on instance ignored
class T:
    pass
t = T()
t.__bool__ = lambda: False
print(bool(t))
# __iter__ on instance ignored
t.__iter__ = lambda: iter([1, 2])
try:
    list(t)
except TypeError as e:
    print(type(e).__name__, e)
# __getitem__ via class assignment
T.__getitem__ = lambda self, i: i * 10 if i < 3 else (_ for _ in ()).throw(IndexError)
print(t[2], list(t))
# special method that is a staticmethod / classmethod
class S:
    @staticmethod
    def __len__():
        return 5
    @classmethod
    def __repr__(cls):
        return "cls:" + cls.__name__
print(len(S()), repr(S()))
# special method defined via descriptor (callable object is not bound)
class Callable:
    def __call__(self, *args):
        return len(args)
class U:
    __len__ = Callable()
try:
    print(len(U()))
except TypeError as e:
    print(type(e).__name__, e)
