# Default behaviour inherited from object: equality, hashing, str/repr, init/new args
class A:
    pass
class B:
    def __init__(self, x):
        self.x = x
a1, a2 = A(), A()
print(a1 == a1, a1 == a2, a1 != a2, a1 != a1)
print(object.__eq__(a1, a1), object.__eq__(a1, a2), object.__ne__(a1, a2), object.__ne__(a1, a1))
print(a1.__eq__(a2), a1.__eq__(a1), a1.__ne__(a2))
print(hash(a1) == hash(a1), A.__hash__ is object.__hash__, A.__init__ is object.__init__, A.__new__ is object.__new__)
print(str(a1) == repr(a1), repr(a1).startswith("<__main__.A object at 0x"), repr(A), repr(B), str(int), repr(object))
try:
    A(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    B()
except TypeError as e:
    print(type(e).__name__, e)
try:
    B(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(a1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(o).__name__, isinstance(o, object), o == o, o != object())
# subclass eq returns NotImplemented -> falls back to identity
class NI:
    def __eq__(self, other):
        return NotImplemented
n = NI()
print(n == n, n == NI(), n != n, n != NI())
# format() default
print(format(a1, "") == str(a1))
try:
    format(a1, "x")
except TypeError as e:
    print(type(e).__name__, e)
# __class__ and type
print(a1.__class__ is A, type(a1) is A, A.__class__ is type, type(A) is type, type(type) is type)
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.__bases__, A.__base__ is object)
print([c.__name__ for c in B.__mro__], B.__subclasses__(), object.__subclasses__ is not None)
print(sorted(k for k in A.__dict__ if k in ("__module__", "__dict__", "__weakref__", "__doc__")))
