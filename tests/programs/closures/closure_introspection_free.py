# Checks closures capturing parameters, defaults vs cells, and closures surviving outer return.
def outer(a, b=2):
    c = a + b
    def f(d):
        return a, b, c, d
    a = a * 10
    return f
g = outer(1)
print(g(4), outer(5, 5)(0))
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def dec():
        nonlocal n
        n -= 1
        return n
    def peek():
        return n
    return inc, dec, peek
inc, dec, peek = counter_pair()
inc(); inc(); inc(); dec()
print(peek())
inc2, _, peek2 = counter_pair()
inc2()
print(peek(), peek2())
def make(n):
    return [lambda k=k: k * n for k in range(3)]
print([f() for f in make(5)], [f() for f in make(-1)])
def deep():
    x = "deep"
    return lambda: lambda: lambda: x
print(deep()()()())
