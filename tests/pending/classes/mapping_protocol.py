# Mapping-like objects: keys()+__getitem__ for dict(), **unpacking, update
class Config:
    def __init__(self, **kw):
        self._d = dict(kw)
    def keys(self):
        return sorted(self._d)
    def __getitem__(self, k):
        return self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(sorted(self._d))
cfg = Config(b=2, a=1, c=3)
print(dict(cfg), sorted(dict(cfg).items()))
def f(**kw):
    return sorted(kw.items())
print(f(**cfg))
d = {"z": 26}
d.update(cfg)
print(sorted(d.items()))
print({**cfg, "a": 100})
print(list(cfg), len(cfg))
# object with keys() but bad __getitem__
class BadMap:
    def keys(self):
        return ["x"]
    def __getitem__(self, k):
        raise KeyError("nope " + k)
try:
    dict(BadMap())
except KeyError as e:
    print(type(e).__name__, e)
try:
    f(**BadMap())
except KeyError as e:
    print(type(e).__name__, e)
# non-mapping for **
class NotMap:
    pass
try:
    f(**NotMap())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**NotMap()}
except TypeError as e:
    print(type(e).__name__, e)
# iterable of pairs
class Pairs:
    def __iter__(self):
        yield ("p", 1)
        yield ("q", 2)
print(dict(Pairs()))
# keys returning non-str in ** call
class IntKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
try:
    f(**IntKeys())
except TypeError as e:
    print(type(e).__name__, e)
print({**IntKeys()})
# * unpacking uses __iter__
class Three:
    def __iter__(self):
        return iter([1, 2, 3])
def g(*a):
    return a
print(g(*Three()), [*Three(), 4], (*Three(),), {*Three()})
a, *b = Three()
print(a, b)
try:
    x, y = Three()
except ValueError as e:
    print(type(e).__name__, e)
try:
    g(*5)
except TypeError as e:
    print(type(e).__name__, e)
