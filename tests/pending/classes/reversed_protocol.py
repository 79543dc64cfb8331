# reversed(): __reversed__, and __len__+__getitem__ sequence fallback
class Rng:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError("Rng index out of range")
        return i * i
print(list(reversed(Rng(5))), list(Rng(4)), Rng(3)[2])
class Custom:
    def __reversed__(self):
        return iter("cba")
    def __iter__(self):
        return iter("abc")
print(list(reversed(Custom())), list(Custom()), "".join(reversed(Custom())))
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
class Blocked:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(Blocked())
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
class Deque:
    def __init__(self, items):
        self.items = list(items)
    def __iter__(self):
        i = 0
        while i < len(self.items):
            yield self.items[i]
            i += 1
    def __reversed__(self):
        i = len(self.items) - 1
        while i >= 0:
            yield self.items[i]
            i -= 1
    def __len__(self):
        return len(self.items)
dq = Deque("hello")
print(list(dq), list(reversed(dq)), len(dq), sorted(dq), max(dq))
r = reversed(Rng(3))
print(next(r), list(r))
