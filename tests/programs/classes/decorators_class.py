# class decorators and function decorators applied to methods
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_repr(cls):
    def __repr__(self):
        items = ", ".join("%s=%r" % (k, v) for k, v in sorted(vars(self).items()))
        return "%s(%s)" % (type(self).__name__, items)
    cls.__repr__ = __repr__
    return cls
def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

@register
@add_repr
@tagged("v1")
class Thing:
    def __init__(self, a, b):
        self.a = a
        self.b = b
print(Thing(1, "two"), Thing.tag, sorted(registry))

def replace(cls):
    return 42
@replace
class Gone:
    pass
print(Gone)

calls = []
def traced(fn):
    def wrapper(self, *args, **kw):
        calls.append((fn.__name__, args, tuple(sorted(kw.items()))))
        return fn(self, *args, **kw)
    wrapper.__name__ = fn.__name__
    return wrapper
def times(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco

class Calc:
    def __init__(self):
        self.total = 0
    @traced
    def add(self, x, scale=1):
        self.total += x * scale
        return self.total
    @times(3)
    def ping(self):
        return "ping"
    @staticmethod
    @times(2)
    def spong(x):
        return x + 1
    @classmethod
    @traced
    def build(cls):
        return cls()
c = Calc.build()
c.add(2)
c.add(3, scale=10)
print(c.total, calls)
print(c.ping(), Calc.spong(4), c.add.__name__)
# decorator that caches per instance
def cached(fn):
    key = "_cache_" + fn.__name__
    def w(self):
        if key not in self.__dict__:
            self.__dict__[key] = fn(self)
        return self.__dict__[key]
    return w
class Heavy:
    n = 0
    @cached
    def value(self):
        Heavy.n += 1
        return Heavy.n * 100
h = Heavy()
print(h.value(), h.value(), Heavy().value(), Heavy.n)
# decorator returning a class instance (callable object)
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.fn(*a)
@CountCalls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.count, type(sq).__name__)
