# __set_name__ ordering and arguments, descriptors in inheritance
log = []
class Named:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        log.append((self.tag, owner.__name__, name))
        self.owner_name = owner.__name__
        self.attr = name
    def __get__(self, obj, objtype=None):
        return "%s.%s[%s]" % (self.owner_name, self.attr, "cls" if obj is None else "inst")

class A:
    first = Named("t1")
    second = Named("t2")
    plain = 3
print(log)
print(A.first, A().second)
class B(A):
    third = Named("t3")
print(log[-1], B.first, B().third)
# set_name not called for later assignment
A.late = Named("t4")
print(len(log))
try:
    A.late
except AttributeError as e:
    print(type(e).__name__, e)
# same descriptor under two names
shared = Named("sh")
class C:
    x = shared
    y = shared
print(log[-2:], C.x, C.y)
# __set_name__ raising
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class D:
        bad = Boom()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__ if e.__cause__ else None)
# type() constructor also calls __set_name__
log.clear()
T = type("T", (), {"q": Named("dyn")})
print(log, T.q)
# descriptor storing per-instance data via name
class Field:
    def __set_name__(self, owner, name):
        self.key = name
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.key, "<unset %s>" % self.key)
    def __set__(self, obj, v):
        obj.__dict__[self.key] = v
class Rec:
    a = Field()
    b = Field()
r = Rec()
print(r.a, r.b)
r.a = 1
print(r.a, r.b, vars(r))
