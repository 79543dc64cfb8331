# type(name, bases, dict) and type(obj)
def init(self, v):
    self.v = v
def show(self):
    return "%s:%r" % (type(self).__name__, self.v)
Box = type("Box", (), {"__init__": init, "show": show, "kind": "box"})
b = Box(3)
print(b.show(), Box.kind, Box.__name__, type(b) is Box)
Sub = type("Sub", (Box,), {"kind": "sub", "extra": lambda self: self.v * 2})
s = Sub(5)
print(s.show(), s.extra(), Sub.kind, isinstance(s, Box), [c.__name__ for c in Sub.__mro__])
print(type(1).__name__, type("x").__name__, type(None).__name__, type(type).__name__, type(Box).__name__)
print(type(int) is type, type(object) is type, isinstance(Box, type))
Empty = type("Empty", (), {})
e = Empty()
e.x = 1
print(vars(e), Empty.__bases__ == (object,))
# name with qualname, module
print(Box.__qualname__, Box.__module__)
# errors
try:
    type("A", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", (), 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(5, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", (5,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", ())
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    class X(5): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Y(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
# dynamic classes in a loop
classes = []
for i in range(4):
    classes.append(type("K%d" % i, (Box,), {"n": i, "show": lambda self, i=i: "K%d-%r" % (i, self.v)}))
print([c(i * 10).show() for i, c in enumerate(classes)])
print([c.n for c in classes], [c.__name__ for c in classes])
# type with __slots__ in dict
Sl = type("Sl", (), {"__slots__": ("a",)})
o = Sl()
o.a = 1
try:
    o.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
# dict passed is copied
ns = {"a": 1}
T = type("T", (), ns)
ns["a"] = 2
print(T.a, "__module__" in ns)
print(type(T.__dict__).__name__, T.__dict__["a"])
