# Higher-order functions: compose, pipe, curry, partial by hand, decorators with closures, and reduce.
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    composed.__name__ = "compose(" + ",".join([f.__name__ for f in fns]) + ")"
    return composed

def pipe(value, *fns):
    for f in fns:
        value = f(value)
    return value

def curry(f, arity):
    def curried(*args):
        if len(args) >= arity:
            return f(*args[:arity])
        return lambda *more: curried(*(args + more))
    return curried

def partial(f, *bound, **kwbound):
    def wrapper(*args, **kwargs):
        return f(*bound, *args, **{**kwbound, **kwargs})
    return wrapper

def reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc

def inc(x): return x + 1
def double(x): return x * 2
def square(x): return x * x

f = compose(inc, double, square)
print(f.__name__, [f(x) for x in range(5)])
print(pipe(3, inc, double, square, str, len), pipe("  Hello ", str.strip, str.upper, list))
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))

def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

cube = partial(power, exp=3)
cube_mod = partial(power, exp=3, mod=7)
print([cube(i) for i in range(6)], [cube_mod(i) for i in range(6)], partial(power, 2)(10), cube(2, exp=5))

def logged(fn):
    calls = []
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        calls.append((fn.__name__, args, tuple(sorted(kwargs.items())), result))
        return result
    wrapper.calls = calls
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

@logged
def area(w, h=1, *, unit="m"):
    "Rectangle area."
    return f"{w * h}{unit}2"

print(area(3), area(3, 4), area(w=2, h=5, unit="cm"))
print(area.__name__, area.__doc__, area.calls)
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(lambda acc, w: acc + [len(w)], "a bb ccc".split(), []))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))), list(filter(None, [0, 1, "", "x", [], [0]])))
table = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "max": max}
for op in ("+", "-", "*", "max"):
    print(op, table[op](7, 3), end="; ")
print()
adders = [lambda x, n=n: x + n for n in range(4)]
late = [lambda x: x + n for n in range(4)]
print([a(10) for a in adders], [l(10) for l in late])
print(sorted(["bb", "a", "ccc"], key=compose(lambda n: -n, len)), max([3, -7, 5], key=abs))
print(callable(f), callable(3), (lambda *a, **k: (a, k))(1, 2, x=3))
