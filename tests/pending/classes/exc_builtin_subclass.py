# Subclasses of builtin exception types keep their special behaviour
class MissingKey(KeyError):
    pass
class FileProblem(OSError):
    def describe(self):
        return "errno=%s strerror=%s" % (self.errno, self.strerror)
class Done(StopIteration):
    pass
class BadValue(ValueError):
    def __init__(self, value, allowed):
        super().__init__("bad value %r, allowed %r" % (value, allowed))
        self.value = value
        self.allowed = allowed
d = {}
try:
    raise MissingKey("user")
except KeyError as e:
    print(type(e).__name__, str(e), repr(e), e.args, isinstance(e, LookupError))
try:
    raise FileProblem(2, "No such file")
except OSError as e:
    print(type(e).__name__, str(e), e.errno, e.strerror, e.describe())
try:
    raise FileProblem("just a message")
except OSError as e:
    print(str(e), e.errno, e.args)
def gen():
    yield 1
    return "ret"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    raise Done(42)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise Done("finished")
        return self.n
print(list(It()), [x * 2 for x in It()], sum(It()))
try:
    raise BadValue(7, (1, 2))
except ValueError as e:
    print(type(e).__name__, e, e.value, e.allowed, e.args)
# catching a builtin-raised error with a user superclass is impossible; user subclass doesn't catch builtins
try:
    try:
        {}["k"]
    except MissingKey:
        print("wrong handler")
except KeyError as e:
    print("builtin KeyError not caught by subclass handler:", repr(e))
# user subclass of ArithmeticError / ZeroDivisionError
class MyZero(ZeroDivisionError):
    pass
def safe_div(a, b):
    if b == 0:
        raise MyZero("custom division by zero: %d/%d" % (a, b))
    return a / b
for b in (2, 0):
    try:
        print(safe_div(1, b))
    except ArithmeticError as e:
        print(type(e).__name__, e, [c.__name__ for c in type(e).__mro__])
# exceptions with custom __repr__ in containers
class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"
print([Quiet("x")], str(Quiet("y")), (Quiet(),))
