# Float recurrences, mixed int/float arithmetic, comparisons with NaN and infinities.
def rec(n):
    x = 0.5
    for i in range(n):
        x = 3.9 * x * (1.0 - x)
    return x

def mixed(n):
    t = 0.0
    k = 1
    while k <= n:
        t = t + 1.0 / k - k * 0.001
        k += 1
    return t

def nan_cmp(n):
    nan = float("nan")
    inf = float("inf")
    c = 0
    for i in range(n):
        x = i * 1.5
        if x != nan:
            c += 1
        if x < inf:
            c += 2
        if x == nan:
            c += 100
    return c

print(rec(1000))
print(mixed(20000))
print(nan_cmp(500))
print(-0.0 * 1.0, repr(rec(3)))
