# __call__ objects: memoizers, counters, and callable dispatch.

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0
        self.misses = 0
    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        self.misses += 1
        v = self.fn(*args)
        self.cache[args] = v
        return v

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@Memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

print(fib(60), fib.hits, fib.misses, len(fib.cache))
print(paths(10, 10), paths.hits, paths.misses)
print(type(fib).__name__, callable(fib), callable(Memo), callable(3))

class Counter:
    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step
    def __call__(self, times=1):
        self.value += self.step * times
        return self.value

c = Counter()
print(c(), c(), c(5), c(times=2), c.value)
c2 = Counter(100, -3)
print([c2() for _ in range(4)])

# Callables used as key functions and in map/filter/sorted.
class Mod:
    def __init__(self, m): self.m = m
    def __call__(self, x): return x % self.m
print(sorted(range(12), key=Mod(4)), list(map(Mod(3), range(7))), list(filter(Mod(2), range(8))))

# Calling an instance without __call__.
class Plain:
    pass
try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)

# __call__ looked up on the type, not the instance.
p = Plain()
p.__call__ = lambda: "instance attr"
print(callable(p))
try:
    p()
except TypeError as e:
    print("TypeError:", e)

# Callable class used as a method: not bound (no __get__).
class Adder:
    def __call__(self, *args):
        return ("Adder", len(args))
class Host:
    add = Adder()
    def regular(self, *args):
        return ("regular", len(args))
h = Host()
print(h.add(1, 2), h.regular(1, 2))

# Callable with keyword arguments and defaults.
class Formatter:
    def __init__(self, sep):
        self.sep = sep
    def __call__(self, *parts, upper=False, **extra):
        s = self.sep.join(str(p) for p in parts)
        if extra:
            s += self.sep + self.sep.join("%s=%s" % kv for kv in sorted(extra.items()))
        return s.upper() if upper else s
f = Formatter("-")
print(f(1, 2, 3), f("a", upper=True), f("x", z=1, y=2), f())

# Hot loop.
ctr = Counter()
sq = Memo(lambda n: n * n)
total = 0
for i in range(600):
    total += sq(i % 25) + ctr() + Mod(7)(i)
print("total", total, sq.hits, sq.misses, ctr.value)
