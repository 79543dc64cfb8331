# __class__, __name__, __qualname__, __module__, __doc__
class Outer:
    """Outer docstring."""
    class Inner:
        """Inner doc."""
        class Deep:
            def meth(self):
                return __class__.__qualname__
        def meth(self):
            pass
    def method(self):
        class Local:
            pass
        return Local
    def no_doc(self):
        pass

print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deep.__qualname__, Outer.Inner.Deep().meth())
print(Outer.Inner.meth.__qualname__, Outer.method.__qualname__)
L = Outer().method()
print(L.__name__, L.__qualname__)
def factory():
    class Made:
        def m(self):
            pass
    return Made
M = factory()
print(M.__qualname__, M.m.__qualname__)
print(Outer.__module__, Outer.Inner.__module__, M.__module__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.Inner.Deep.__doc__)
print(Outer.no_doc.__doc__)
class WithFuncDoc:
    def f(self):
        "f doc"
print(WithFuncDoc.f.__doc__, WithFuncDoc().f.__doc__)
o = Outer()
print(o.__class__ is Outer, o.__class__.__name__, type(o).__qualname__)
print(Outer.Inner().__class__.__qualname__)
print(__name__)
# __class__ cell
class Cell:
    def get(self):
        return __class__
    @classmethod
    def cget(cls):
        return __class__
class CellSub(Cell):
    pass
print(CellSub().get().__name__, CellSub.cget().__name__)
# renaming
class Orig:
    pass
Orig.__name__ = "Renamed"
print(Orig.__name__, Orig.__qualname__)
Orig.__qualname__ = "X.Renamed"
print(Orig.__qualname__)
try:
    Orig.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
# lambda and nested function qualnames in a class
class Q:
    lam = lambda self: 1
    def outer(self):
        def inner():
            pass
        return inner
print(Q.lam.__qualname__, Q().outer().__qualname__, Q.lam.__name__)
print(int.__name__, int.__qualname__, str.upper.__qualname__, int.__module__)
print(Q.__dict__.get("__doc__"), Q.__doc__)
