# Descriptors: __get__/__set__/__delete__, data vs non-data precedence
class Data:
    def __init__(self, default):
        self.default = default
        self.store = {}
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "Data on " + objtype.__name__
        return self.store.get(id(obj), self.default)
    def __set__(self, obj, value):
        self.store[id(obj)] = value * 2
    def __delete__(self, obj):
        self.store.pop(id(obj), None)

class NonData:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "NonData on class"
        return "nondata-value"

class Host:
    d = Data(7)
    n = NonData()

h = Host()
print(h.d, Host.d)
h.d = 5
print(h.d)
h.__dict__["d"] = "in dict"
print(h.d)
del h.d
print(h.d)
print(h.n, Host.n)
h.n = "instance wins"
print(h.n)
del h.n
print(h.n)
# descriptor with only __set__ (data descriptor without __get__)
class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__["seen"] = v
class H2:
    s = SetOnly()
h2 = H2()
h2.s = 9
print(h2.seen, type(H2.__dict__["s"]).__name__, type(h2.s).__name__)
# deleting without __delete__
class GetSet:
    def __get__(self, obj, t=None):
        return 1
    def __set__(self, obj, v):
        pass
class H3:
    g = GetSet()
try:
    del H3().g
except AttributeError as e:
    print(type(e).__name__, e)
# validator descriptor
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, v):
        if v <= 0:
            raise ValueError("%s must be positive, got %r" % (self.name[1:], v))
        setattr(obj, self.name, v)
class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, q, p):
        self.qty = q
        self.price = p
    def total(self):
        return self.qty * self.price
o = Order(3, 4)
print(o.total(), sorted(vars(o)))
try:
    o.price = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    Order(0, 1)
except ValueError as e:
    print(type(e).__name__, e)
print(Order.qty.name, type(Order.price).__name__)
# functions are non-data descriptors
def f(self): return "f called on " + type(self).__name__
bound = f.__get__(h, Host)
print(bound())
print(hasattr(f, "__get__"), hasattr(f, "__set__"))
