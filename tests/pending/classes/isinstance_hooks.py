# isinstance/issubclass: tuples, metaclass __instancecheck__/__subclasscheck__
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(A, A), issubclass(bool, int))
try:
    isinstance(b, b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=DuckMeta):
    pass
class Mallard:
    def quack(self):
        return "Quack"
class Dog:
    pass
print(isinstance(Mallard(), Duck), isinstance(Dog(), Duck), isinstance(Duck(), Duck))
print(issubclass(Mallard, Duck), issubclass(Dog, Duck))
print(isinstance(Mallard(), (int, Duck)))
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
class Even(metaclass=EvenMeta):
    pass
print([x for x in range(7) if isinstance(x, Even)], isinstance("2", Even))
try:
    raise ValueError("v")
except Exception as e:
    print(isinstance(e, (ValueError, Duck)))
# type() vs isinstance with subclasses of builtins
class MyList(list): pass
ml = MyList()
print(type(ml) is list, isinstance(ml, list), type(ml) == MyList, type(ml).__mro__[1] is list)
print(isinstance(True, int), isinstance(1, bool), isinstance(None, object), isinstance(A, type), isinstance(A, object))
print(issubclass(type, object), issubclass(object, type), isinstance(type, type))
# __class__ override changes isinstance
class Fake:
    @property
    def __class__(self):
        return A
fk = Fake()
print(isinstance(fk, A), isinstance(fk, Fake), type(fk).__name__)
# assigning __class__
class P:
    def who(self): return "P"
class Q:
    def who(self): return "Q"
obj = P()
obj.__class__ = Q
print(obj.who(), type(obj).__name__, isinstance(obj, P))
try:
    obj.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
