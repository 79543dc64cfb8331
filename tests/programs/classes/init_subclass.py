# __init_subclass__ with keyword arguments
class Base:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.options = dict(kw)
        Base.subclasses.append(cls.__name__)

class A(Base): pass
class B(Base, color="red", size=3): pass
class C(B, color="blue"): pass
print(Base.subclasses)
print(A.options, B.options, C.options)
print(hasattr(Base, "options"))

class Strict:
    def __init_subclass__(cls, required):
        cls.required = required
class S1(Strict, required=1): pass
print(S1.required)
try:
    class S2(Strict): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class S3(Base, bogus=1, **{"x": 2}): pass
    print(S3.options)
except TypeError as e:
    print(type(e).__name__, e)
# object.__init_subclass__ rejects kwargs
try:
    class Plain(nope=1): pass
except TypeError as e:
    print(type(e).__name__, e)
# chained __init_subclass__
class Root:
    def __init_subclass__(cls, **kw):
        cls.trail = ["Root"]
        super().__init_subclass__(**kw)
class Mid(Root):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.trail.append("Mid:%s" % tag)
class Leaf(Mid, tag="t"): pass
class Leaf2(Leaf): pass
print(Leaf.trail, Leaf2.trail, hasattr(Mid, "trail"), Mid.trail)
# implicit classmethod
print(type(Base.__dict__["__init_subclass__"]).__name__)
# validation in __init_subclass__
class Shape:
    def __init_subclass__(cls):
        if "area" not in cls.__dict__:
            raise TypeError(cls.__name__ + " must define area")
class Ok(Shape):
    def area(self): return 1
try:
    class NotOk(Shape): pass
except TypeError as e:
    print(type(e).__name__, e)
print(Ok().area())
