# An integer while loop.
def f(n):
    i = 0
    s = 0
    while i < n:
        s = (s + i * 7) % 1000003
        i += 1
    return s
print(f(20_000_000))
