# Iterator protocol classes and __getitem__-based iteration.

class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1

print(list(Countdown(5)), sum(Countdown(100)))
it = Countdown(3)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

# Iterable returning a fresh iterator each time.
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("exhausted")
        self.i += 2
        return self.i - 2

r = Range2(9)
print(list(r), list(r), [x * y for x in r for y in Range2(3)])
print(max(r), min(r), sorted(r, reverse=True), 4 in r, 5 in r)
a, b, *rest = Range2(10)
print(a, b, rest, dict(zip(Range2(6), "abc")))

# Old-style sequence iteration via __getitem__.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Squares(6)), 16 in Squares(6), 17 in Squares(6), list(enumerate(Squares(3))))
print(iter(Squares(2)).__class__.__name__)

# Generator-method __iter__.
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3, [Tree(5), Tree(6)])])
print(list(t), sum(t))

# Non-iterables.
class NotIter:
    pass
class BadIter:
    def __iter__(self):
        return 42
for obj in (NotIter(), BadIter(), 5):
    try:
        iter(obj)
    except TypeError as e:
        print("TypeError:", e)

# iter(callable, sentinel).
class Source:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Source(), 6)))

# StopIteration ends for loops; iterator used after exhaustion stays exhausted.
c = Countdown(2)
print(list(c), list(c))

# Hot loop.
total = 0
for rep in range(20):
    for v in Countdown(20):
        total += v
    for v in Squares(15):
        total += v
    for v in Range2(30):
        total -= v
print("total", total)
