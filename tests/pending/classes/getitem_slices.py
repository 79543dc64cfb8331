# __getitem__/__setitem__/__delitem__ with ints and slices
class Grid:
    def __init__(self, n):
        self.data = list(range(n))
        self.log = []
    def __getitem__(self, key):
        self.log.append(("get", self.desc(key)))
        if isinstance(key, slice):
            return Grid.wrap(self.data[key])
        if isinstance(key, tuple):
            return [self.data[k] for k in key]
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append(("set", self.desc(key)))
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append(("del", self.desc(key)))
        del self.data[key]
    def __len__(self):
        return len(self.data)
    @staticmethod
    def desc(key):
        if isinstance(key, slice):
            return "slice(%r, %r, %r)" % (key.start, key.stop, key.step)
        return repr(key)
    @classmethod
    def wrap(cls, lst):
        g = cls(0)
        g.data = lst
        return g
    def __repr__(self):
        return "Grid%r" % (self.data,)

g = Grid(10)
print(g[3], g[-1], g[2:5], g[::3], g[:], g[::-1], g[1, 2, 3])
g[0] = 100
g[1:3] = ["a", "b", "c"]
print(g)
del g[0]
del g[::2]
print(g, len(g))
print(g.log)
try:
    g[50]
except IndexError as e:
    print(type(e).__name__, e)
# slices with None and objects
class Echo:
    def __getitem__(self, k):
        return k
e = Echo()
print(e[1:2], e[:], e[::], e[1:], e[:-1:2], e["a":"b"], e[1, 2:3], e[...], e[:, 1])
s = e[1:10:2]
print(s.start, s.stop, s.step, s.indices(5), type(s).__name__)
# missing methods
class RO:
    def __getitem__(self, k):
        return k
try:
    RO()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del RO()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Nothing: pass
try:
    Nothing()[0]
except TypeError as e:
    print(type(e).__name__, e)
# KeyError from a dict-like
class Map:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
m = Map()
m["a"] = 1
m["a"] += 10
print(m["a"])
try:
    m["zz"]
except KeyError as e:
    print(type(e).__name__, e)
# augmented assignment through __getitem__/__setitem__ on slices
class LL:
    def __init__(self):
        self.data = [0, 1, 2, 3, 4]
        self.log = []
    def __getitem__(self, k):
        self.log.append(("get", Grid.desc(k)))
        return self.data[k]
    def __setitem__(self, k, v):
        self.log.append(("set", Grid.desc(k), v))
        self.data[k] = v
g2 = LL()
g2[1:3] += ["x"]
g2[0] += 5
print(g2.data, g2.log)
