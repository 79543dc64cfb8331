# Generators under changing types and resumption patterns: send() of int/float/None mixed,
# break out of generators with try/finally, big-int fib, yield from a user iterator class.
def gen(n):
    acc = 0
    i = 0
    while i < n:
        x = yield acc
        if x is None:
            x = 1
        acc += x
        i += 1
    return acc

total = 0
for k in range(200):
    g = gen(50)
    next(g)
    try:
        j = 0
        while True:
            if j % 3 == 0:
                v = g.send(j)
            elif j % 3 == 1:
                v = g.send(j * 0.5)
            else:
                v = next(g)
            total += v
            j += 1
    except StopIteration as e:
        total += e.value
print(total)

def nested():
    for i in range(100):
        try:
            yield i
        finally:
            if i % 10 == 0:
                pass
res = 0
for rep in range(50):
    for v in nested():
        if v == 73 - rep:
            break
        res += v
print(res)

def fibgen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
big = 0
for i, f in enumerate(fibgen()):
    big ^= f
    if i > 500: break
print(big % 10**20)

def mixed():
    for i in range(300):
        yield i if i % 5 else str(i) if i % 2 else float(i)
out = []
for v in mixed():
    out.append(type(v).__name__[0])
print("".join(out)[:80], out.count("s"), out.count("f"))

class It:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
def wrap(it):
    yield from it
print(sum(wrap(It(1000))), sum(x for x in wrap(It(500)) if x & 1))
