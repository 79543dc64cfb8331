# functools: reduce, partial, lru_cache/cache_info, cmp_to_key, total_ordering, wraps.
import functools
from functools import reduce, partial, lru_cache, cmp_to_key, total_ordering, wraps

print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, [], 0))
print(reduce(lambda acc, w: acc + len(w), "a bb ccc".split(), 100))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)

def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
two_to = partial(power, 2)
mod7 = partial(power, mod=7)
print(square(12), two_to(10), mod7(3, 100), square.keywords, two_to.args, two_to.func is power)
p2 = partial(partial(max, 5), key=abs)
print(p2(-10, 3), p2.args, sorted(p2.keywords))
print(sum(partial(lambda a, b, c: a * b + c, 3)(i, c=1) for i in range(500)))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=32)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz)
print(best, collatz(best), collatz.cache_info().maxsize, collatz.cache_info().currsize)

@lru_cache(maxsize=2)
def sq(x):
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info())

@lru_cache()
def typed_free(x):
    return repr(x)
print(typed_free(1), typed_free(1.0), typed_free.cache_info().hits)

def cmp_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = "pear fig apple kiwi banana date plum cherry".split()
print(sorted(words, key=cmp_to_key(cmp_len_then_alpha)))
print(sorted(range(20), key=cmp_to_key(lambda a, b: (b % 5) - (a % 5) or a - b)))

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs), max(vs), Version("1.0") <= Version("1.0"), Version("3.1") >= Version("3.2"))
print(Version("1.5") > Version("1.4.9"), Version("1.5") != Version("1.5"))

def trace(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@trace
def add(a, b):
    "Add two things."
    return a + b
for i in range(700):
    add(i, 1)
print(add.__name__, add.__doc__, add.calls, add.__wrapped__(2, 3))

class Temp:
    def __init__(self, c):
        self._c = c
    @functools.cached_property
    def fahrenheit(self):
        print("computing")
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.fahrenheit, t.fahrenheit)

@functools.singledispatch
def describe(x):
    return "object"
@describe.register(int)
def _(x):
    return "int %d" % x
@describe.register(list)
def _(x):
    return "list of %d" % len(x)
print(describe(5), describe([1, 2]), describe("s"), describe(True))
