# Checks multiple levels of nested closures, memoization via closure, and function factories.
def level1(a):
    def level2(b):
        def level3(c):
            def level4(d):
                return a + b + c + d
            return level4
        return level3
    return level2
print(level1(1)(2)(3)(4), level1("a")("b")("c")("d"))
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    def stats():
        return len(cache)
    return wrapper, stats
def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib, fib_stats = memoize(slow_fib)
print(fib(80), fib_stats())
def make_multipliers():
    return [lambda x, m=m: x * m for m in range(1, 4)]
print([f(10) for f in make_multipliers()])
def compose_all(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
pipeline = compose_all(lambda s: s + "!", str.upper, lambda s: s.strip())
print(pipeline("  hello "))
def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)
print(curry3(lambda a, b, c: a * 100 + b * 10 + c)(1)(2)(3))
def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    return deposit, withdraw
dep, wd = bank(100)
print(dep(50), wd(30), wd(500), dep(0))
