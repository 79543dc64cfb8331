# Subclassing list and dict (with __missing__)
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
    @property
    def size(self):
        return len(self)
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), s.size, s.pop(), len(s), sum(s), isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s[1:], type(s[1:]).__name__, s * 2)
s.sort(reverse=True)
print(s, sorted(s), list(reversed(s)), 2 in s, s.index(2), s == [3, 2, 1])
s.extend(range(3))
s += [7]
print(s, type(s).__name__, s.count(1))
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
lg = Logged()
lg.append(1)
lg.extend([2, 3])
print(lg)
class DefaultDict(dict):
    def __init__(self, factory, *a, **kw):
        super().__init__(*a, **kw)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(sorted(dd.items()), len(dd), isinstance(dd, dict))
print(dd.get("z"), "z" in dd, dd.get("a"))
try:
    print(dd.pop("zz"))
except KeyError as e:
    print(type(e).__name__, e)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["q"], "q" in c)
class Ci(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
ci = Ci()
ci["Hello"] = 1
ci["WORLD"] = 2
print(ci["HELLO"], "world" in ci, "World" in ci, sorted(ci), ci)
print(dict(ci), list(ci.keys()), list(ci.values()))
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
ad = AttrDict(a=1)
ad.b = 2
print(ad.a, ad.b, ad, hasattr(ad, "c"))
print(dict(s=Stack([1])), repr(Stack()), str(DefaultDict(int, x=1)))
# __missing__ not used by get
class M(dict):
    def __missing__(self, k):
        return "missing-" + str(k)
m = M(a=1)
print(m["b"], m.get("b"), m.get("b", 5), m["a"])
