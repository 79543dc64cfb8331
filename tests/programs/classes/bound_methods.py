# Bound methods: identity, __self__, __func__, storing and calling
class Counter:
    def __init__(self, start):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self.n
    def __repr__(self):
        return "Counter(%d)" % self.n

c = Counter(10)
f = c.inc
print(f(), f(5), c.n)
print(f.__self__ is c, f.__func__ is Counter.inc)
print(f.__name__, f.__qualname__)
print(Counter.inc(c, 100))
g = Counter.inc
print(g(c))
print(c.inc == c.inc, c.inc is c.inc)
d = Counter(0)
print(c.inc == d.inc)
methods = [Counter(i).inc for i in range(3)]
print([m(10) for m in methods])
print([m.__self__ for m in methods])
# functions stored on instances are not bound
def free(x):
    return ("free", x)
c.helper = free
print(c.helper(1))
# functions assigned to the class later become methods
def triple(self):
    return self.n * 3
Counter.triple = triple
print(c.triple(), Counter(2).triple())
# lambda as method
Counter.neg = lambda self: -self.n
print(c.neg())
# calling unbound without self
try:
    Counter.inc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.inc(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    def m():
        return 1
try:
    NoArgs().m()
except TypeError as e:
    print(type(e).__name__, e)
print(NoArgs.m())
# method on builtin
s = "abc"
up = s.upper
print(up(), up.__self__)
lst = []
app = lst.append
for i in range(4):
    app(i)
print(lst)
