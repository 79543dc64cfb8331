# Building classes dynamically with type(name, bases, namespace).

def init(self, x):
    self.x = x

def show(self):
    return "%s(x=%r)" % (type(self).__name__, self.x)

Point = type("Point", (), {"__init__": init, "__repr__": show, "dims": 1})
p = Point(3)
print(p, Point.__name__, Point.dims, type(Point).__name__)
print(Point.__bases__ == (object,), [c.__name__ for c in Point.__mro__])

Point2 = type("Point2", (Point,), {"dims": 2, "double": lambda self: self.x * 2})
p2 = Point2(8)
print(p2, p2.double(), Point2.dims, isinstance(p2, Point), issubclass(Point2, Point))

# type() with one argument.
print(type(p2) is Point2, type(3).__name__, type("s").__name__, type(type).__name__)
print(type(Point2) is type, type(None).__name__)

# Namespace contents become class attributes.
ns = {"a": 1, "b": [1, 2], "__doc__": "dynamic doc"}
K = type("K", (), ns)
print(K.a, K.b, K.__doc__, "a" in K.__dict__)
ns["a"] = 100
print(K.a)

# Making many classes in a loop and using them.
classes = []
for i in range(5):
    cls = type("C%d" % i, (Point,), {"idx": i, "get": lambda self: self.x + self.idx})
    classes.append(cls)
print([c.__name__ for c in classes], [c(10).get() for c in classes])

# Classmethods and staticmethods in the namespace.
def make(cls, v):
    return cls(v * 10)
Fact = type("Fact", (Point,), {"make": classmethod(make), "sq": staticmethod(lambda v: v * v)})
f = Fact.make(4)
print(f, Fact.sq(9), type(f).__name__)

# Errors.
for args in [("X", (), []), (1, (), {}), ("X", (bool,), {})]:
    try:
        type(*args)
        print("no error", args[0])
    except TypeError as e:
        print("TypeError:", e)
try:
    type("a", "b")
except TypeError as e:
    print("TypeError:", e)

# Dynamic subclass of a builtin.
MyList = type("MyList", (list,), {"total": lambda self: sum(self)})
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list))

# Class statement and type() agree.
class Same(Point):
    dims = 9
Same2 = type("Same2", (Point,), {"dims": 9})
print(Same(1).dims == Same2(1).dims, Same.__mro__[1:] == Same2.__mro__[1:])

# Hot loop creating instances of dynamic classes.
total = 0
for i in range(400):
    cls = classes[i % 5]
    obj = cls(i)
    total += obj.get()
    if i % 50 == 0:
        T = type("T", (cls,), {"get": lambda self: -self.x})
        total += T(i).get()
print("total", total)
