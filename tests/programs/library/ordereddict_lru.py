# OrderedDict: move_to_end, popitem(last=...), order-sensitive equality, an LRU cache.
from collections import OrderedDict

od = OrderedDict()
for k in "dbca":
    od[k] = ord(k)
print(od, list(od), list(od.values()))
od.move_to_end("d")
od.move_to_end("a", last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), list(od))
od["z"] = 0
od["b"] = 99  # updating keeps position
print(list(od.items()))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(dict(OrderedDict(a=1, b=2)) == dict(OrderedDict(b=2, a=1)))
print(list(reversed(OrderedDict.fromkeys("xyz"))), OrderedDict.fromkeys("ab", 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError", e)
print(od.setdefault("n", 5), od.pop("n"), od.pop("gone", "dflt"), list(od))

class LRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.data = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.cap:
            self.data.popitem(last=False)
            self.evictions += 1

cache = LRU(16)
seed = 7
for i in range(4000):
    seed = (seed * 69069 + 1) % 4294967296
    key = (seed >> 20) % 40 if i % 3 else (seed >> 20) % 10
    if cache.get(key) is None:
        cache.put(key, key * key)
print(cache.hits, cache.misses, cache.evictions, list(cache.data)[:8])

# LRU as a memoizer for a recursive function
memo = LRU(64)
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    got = memo.get((n, k))
    if got is not None:
        return got
    r = ways(n - k, k) + ways(n, k - 1)
    memo.put((n, k), r)
    return r
print([ways(n, n) for n in range(0, 60, 5)], memo.hits, memo.misses)

# OrderedDict subclass that keeps insertion order limited
class Recent(OrderedDict):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        while len(self) > self.limit:
            self.popitem(last=False)

r = Recent(4)
for w in "the cat sat on the mat with the hat and the bat".split():
    r[w] = r.get(w, 0) + 1
print(list(r.items()))

# order of iteration after many deletions and insertions
od = OrderedDict((i, i) for i in range(100))
for i in range(0, 100, 3):
    del od[i]
for i in range(0, 100, 9):
    od[i] = -i
print(len(od), list(od)[:6], list(od)[-6:], sum(od.values()))
