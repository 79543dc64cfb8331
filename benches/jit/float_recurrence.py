# A float recurrence (logistic map) and a running sum.
def f(n):
    x = 0.3
    t = 0.0
    for i in range(n):
        x = 3.7 * x * (1.0 - x)
        t = t + x
    return t
print(round(f(10_000_000), 6))
