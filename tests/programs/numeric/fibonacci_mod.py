# Fibonacci: iterative, memoized recursion, fast doubling, modular Pisano periods, and Zeckendorf.
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

cache = {0: 0, 1: 1}
def fib_memo(n):
    if n not in cache:
        cache[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return cache[n]

def fib_pair(n, mod=None):
    if n == 0:
        return (0, 1)
    a, b = fib_pair(n >> 1, mod)
    c = a * (2 * b - a)
    d = a * a + b * b
    if mod:
        c, d = c % mod, d % mod
    if n & 1:
        return (d, (c + d) % mod if mod else c + d)
    return (c, d)

print([fib_iter(i) for i in range(20)])
print(fib_memo(150), len(cache))
for n in (10, 100, 300, 1000):
    f = fib_pair(n)[0]
    assert f == fib_iter(n)
    print(f"F({n}) = {str(f)[:20]}{'...' if len(str(f)) > 20 else ''} ({len(str(f))} digits)")
print("F(10**18) mod 1e9+7 =", fib_pair(10**18, 10**9 + 7)[0])
print("F(2**100) mod 1000 =", fib_pair(2**100, 1000)[0])

def pisano(m):
    a, b = 0, 1
    for i in range(1, m * m + 1):
        a, b = b, (a + b) % m
        if (a, b) == (0, 1):
            return i
    return None

print({m: pisano(m) for m in range(2, 16)})
print("last digits cycle:", pisano(10), "F(1000) last digit", fib_iter(1000 % 60) % 10, fib_iter(1000) % 10)

def zeckendorf(n):
    fibs = [1, 2]
    while fibs[-1] <= n:
        fibs.append(fibs[-1] + fibs[-2])
    parts = []
    for f in reversed(fibs):
        if f <= n:
            parts.append(f)
            n -= f
    return parts

for n in (1, 4, 10, 64, 100, 1000, 12345):
    z = zeckendorf(n)
    print(f"{n} = {' + '.join(map(str, z))}")
even_sum = 0
a, b = 1, 2
while a < 4_000_000:
    if a % 2 == 0:
        even_sum += a
    a, b = b, a + b
print("even fib sum < 4e6:", even_sum)
ratios = [fib_iter(n + 1) / fib_iter(n) for n in range(1, 30, 4)]
print(["%.10f" % r for r in ratios], (1 + 5 ** 0.5) / 2)
