# A small function called in a loop.
def add(a, b):
    return a + b

def f(n):
    s = 0
    for i in range(n):
        s = add(s, i) % 1000003
    return s
print(f(5_000_000))
