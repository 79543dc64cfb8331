# User-defined descriptors: __get__/__set__/__delete__ and __set_name__.

class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
        self.events = []

    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.events.append("get " + self.name)
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s.%s must be %s, got %s" % (
                self.owner_name, self.name, self.kind.__name__, type(value).__name__))
        self.events.append("set " + self.name)
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        self.events.append("del " + self.name)
        delattr(obj, self.slot)

class Item:
    name = Typed(str, "?")
    qty = Typed(int, 0)
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty

it = Item("bolt", 12)
print(it.name, it.qty)
print(Item.name.name, Item.qty.slot, Item.qty.owner_name, type(Item.__dict__["qty"]).__name__)
try:
    it.qty = "many"
except TypeError as e:
    print("TypeError:", e)
del it.qty
print(it.qty, sorted(vars(it)))
print(Item.qty.events)

# Non-data descriptor: instance dict wins.
class Constant:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, objtype=None):
        return ("const", self.v, objtype.__name__ if objtype else None)

class Holder:
    c = Constant(7)
h = Holder()
print(h.c, Holder.c)
h.__dict__["c"] = "instance wins"
print(h.c)

# Data descriptor with only __set__ still wins over instance dict.
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value * 2
class S:
    attr = SetOnly()
s = S()
s.attr = 21
print(s.seen, type(s.attr).__name__)

# Descriptor that behaves like a bound-method factory.
class Method:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self.fn
        def bound(*args):
            return self.fn(obj, *args)
        return bound
class Calc:
    def __init__(self, base):
        self.base = base
    @Method
    def add(self, x):
        return self.base + x
print(Calc(10).add(5), Calc.add(Calc(1), 1))

# __set_name__ on multiple attributes and late assignment (no call).
class Recorder:
    names = []
    def __set_name__(self, owner, name):
        Recorder.names.append((owner.__name__, name))
class R1:
    a = Recorder()
    b = Recorder()
R1.c = Recorder()
print(Recorder.names)

# Hot loop.
items = [Item("i%d" % i, i) for i in range(10)]
total = 0
for i in range(400):
    x = items[i % 10]
    x.qty = x.qty + 1
    total += x.qty + len(x.name)
print("total", total, len(Item.qty.events), len(Item.name.events))
