# Generator methods, iterators returning self, multiple independent iterators
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y)
    def rows(self):
        for y in range(self.h):
            yield [(x, y) for x in range(self.w)]
    def diagonal(self):
        i = 0
        while i < min(self.w, self.h):
            yield i, i
            i += 1
r = Range2D(3, 2)
print(list(r), len(list(r.rows())), list(r.diagonal()))
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2))
print(type(it1).__name__, iter(it1) is it1)
class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f), list(f))
f2 = Fib(10)
print([x for x in f2 if x % 2 == 0], sum(Fib(1000)))
print(list(zip(Fib(5), Fib(50))), list(map(lambda x: x * 2, Fib(20))))
# stateful pipeline of generator methods
class Pipeline:
    def __init__(self, source):
        self.source = source
        self.log = []
    def filter(self, pred):
        for x in self.source:
            if pred(x):
                yield x
            else:
                self.log.append("drop %r" % (x,))
    def run(self, pred, fn):
        for x in self.filter(pred):
            yield fn(x)
p = Pipeline(range(10))
print(list(p.run(lambda x: x % 3, lambda x: x * x)), p.log)
# generator that raises inside a method; StopIteration inside generator becomes RuntimeError
class Bad:
    def gen(self):
        yield 1
        raise ValueError("gen failed")
    def gen_stop(self):
        yield 1
        raise StopIteration
out = []
try:
    for v in Bad().gen():
        out.append(v)
except ValueError as e:
    print(out, type(e).__name__, e)
try:
    list(Bad().gen_stop())
except RuntimeError as e:
    print(type(e).__name__, e)
# generator as __iter__ with early return value and cleanup via try/finally
class Res:
    def __init__(self):
        self.closed = 0
    def __iter__(self):
        try:
            for i in range(5):
                yield i
        finally:
            self.closed += 1
res = Res()
gi = iter(res)
for i in gi:
    if i == 2:
        break
print(res.closed)
gi.close()
print(res.closed)
print(list(res), res.closed)
# generator send
class Averager:
    def coro(self):
        total, n, avg = 0, 0, None
        while True:
            x = yield avg
            total += x
            n += 1
            avg = total / n
g = Averager().coro()
next(g)
print([g.send(v) for v in (10, 20, 60)])
