# Function decorators (with functools.wraps) and class decorators.
import functools

calls = []

def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

def plain(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper

@traced
def add(a, b):
    """Add two numbers."""
    return a + b

@repeat(3)
@traced
def hello(name):
    return "hi " + name

@plain
def nodoc(x):
    """has a doc"""
    return x

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(10, 20))
print(hello("bob"), hello.__name__, hello.__wrapped__.__name__)
print(nodoc.__name__, nodoc.__doc__, hasattr(nodoc, "__wrapped__"))
print(add.__qualname__, hello.__qualname__, nodoc.__qualname__)
print(calls)

# Decorating methods.
class Account:
    def __init__(self):
        self.balance = 0
    @traced
    def deposit(self, amt):
        self.balance += amt
        return self.balance
acct = Account()
print(acct.deposit(50), acct.deposit(25), Account.deposit.__name__, Account.deposit.__qualname__)

# Class decorators: add methods, register, wrap.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
    cls.__repr__ = __repr__
    return cls

def auto_init(cls):
    def __init__(self, *args):
        for f, v in zip(cls.fields, args):
            setattr(self, f, v)
    cls.__init__ = __init__
    return cls

@register
@add_repr
@auto_init
class Pair:
    fields = ("left", "right")

@register
@add_repr
@auto_init
class Triple:
    fields = ("a", "b", "c")

print(Pair(1, "x"), Triple(1, 2.5, None), registry)

# A class decorator that returns a different object.
def singleton(cls):
    return cls()
@singleton
class Settings:
    debug = False
print(type(Settings).__name__, Settings.debug)

# Decorator with state: counting calls per function.
def counted(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        wrapper.count += 1
        return fn(*a)
    wrapper.count = 0
    return wrapper

@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(12), fib.count)

# Hot loop through decorated callables.
calls.clear()
total = 0
for i in range(400):
    total += add(i, 1) + acct.deposit(1)
print("total", total, len(calls), acct.balance)
print(functools.reduce(lambda x, y: x * y, [1, 2, 3, 4]))
