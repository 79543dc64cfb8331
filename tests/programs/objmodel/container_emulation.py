# Container emulation: __len__, __getitem__ (with slices), __setitem__, __delitem__, __contains__.

class Ring:
    def __init__(self, items):
        self.items = list(items)
        self.log = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            self.log.append("slice %r:%r:%r" % (key.start, key.stop, key.step))
            return Ring(self.items[key])
        if not isinstance(key, int):
            raise TypeError("Ring indices must be integers, not %s" % type(key).__name__)
        if not self.items:
            raise IndexError("empty ring")
        return self.items[key % len(self.items)]

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            self.items[key] = value
        else:
            self.items[key % len(self.items)] = value

    def __delitem__(self, key):
        del self.items[key]

    def __contains__(self, v):
        self.log.append("contains %r" % (v,))
        return v in self.items

    def __repr__(self):
        return "Ring(%r)" % self.items

r = Ring(range(10))
print(len(r), r[3], r[13], r[-1], r[-11])
print(r[2:5], r[::3], r[::-2], r[-3:], r[:])
s = slice(1, 8, 2)
print(r[s], s.indices(len(r)), s.start, s.stop, s.step)
r[0] = "zero"
r[12] = "twelve"
r[4:7] = ["a", "b"]
print(r, len(r))
del r[0]
del r[::2]
print(r)
print("b" in r, 99 in r, r.log)
try:
    r["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    Ring([])[0]
except IndexError as e:
    print("IndexError:", e)
try:
    del r[100]
except IndexError as e:
    print("IndexError:", e)

# Without __contains__, `in` falls back to iteration via __getitem__.
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * 10
q = Seq(5)
print(30 in q, 35 in q, list(q), q[1:4], q[::-1], q[-1], list(reversed(q)))
print(bool(Seq(0)), bool(q), len(q))

# A mapping-style container.
class Registry:
    def __init__(self):
        self._d = {}
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __contains__(self, k):
        return k.lower() in self._d
    def __len__(self):
        return len(self._d)
reg = Registry()
reg["Alpha"] = 1
reg["BETA"] = 2
reg["alpha"] = 3
print(len(reg), reg["ALPHA"], "beta" in reg, "gamma" in reg)
del reg["Beta"]
try:
    reg["beta"]
except KeyError as e:
    print("KeyError:", e)

# Hot loop.
ring = Ring(range(7))
total = 0
for i in range(500):
    total += ring[i] * (1 if (i % 7) in ring else -1)
    ring[i] = ring[i] + 1
    if i % 100 == 0:
        total += len(ring[1:5])
print("total", total, ring, len(ring.log))
