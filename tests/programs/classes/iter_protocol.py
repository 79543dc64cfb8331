# __iter__/__next__ classes, __getitem__-only iteration
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
class CountdownIter:
    def __init__(self, n):
        self.i = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i <= 0:
            raise StopIteration
        self.i -= 1
        return self.i + 1
c = Countdown(5)
print(list(c), list(c), sum(c), [x * x for x in c])
it = iter(c)
print(next(it), next(it), list(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
a, b, *rest = Countdown(4)
print(a, b, rest)
print(max(Countdown(3)), sorted(Countdown(4)), tuple(Countdown(2)), set(Countdown(3)) == {1, 2, 3})
print(dict(zip(Countdown(3), "abc")), list(enumerate(Countdown(2))))
# __getitem__ only
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for v in Seq():
    print("v", v)
# generator-based __iter__
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            for x in k:
                yield x
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t))
# errors
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in NotIter(): pass
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    iter(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(Countdown(1))
except TypeError as e:
    print(type(e).__name__, e)
# __iter__ = None blocks iteration
class Blocked:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(Blocked())
except TypeError as e:
    print(type(e).__name__, e)
# iterator with sentinel-style iter(callable, sentinel)
class Gen:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Gen(), 5)))
