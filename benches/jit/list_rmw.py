# A list read-modify-write loop.
def f(n):
    a = [0] * 1000
    for i in range(n):
        k = i % 1000
        a[k] = a[k] + i
    return sum(a)
print(f(5_000_000))
