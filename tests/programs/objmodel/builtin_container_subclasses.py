# Subclassing str, list and dict (incl. __missing__).

class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hello")
print(u, repr(u), u.shout(), len(u), u[1:3], type(u[1:3]).__name__, type(u + "x").__name__)
print(u == "hello", isinstance(u, str), {"hello": 1}[u], type(u.upper()).__name__, u.startswith("he"))
print(" ".join([str(u), "world"]), "".join(u), f"<{u}>", "%s" % u, u.split("l"), sorted(Upper("cab")))

class CIStr(str):
    def __eq__(self, o):
        return self.lower() == str(o).lower()
    def __hash__(self):
        return hash(self.lower())
print(CIStr("ABC") == "abc", "abc" == CIStr("ABC"), CIStr("X") in ["y", "x"], len({CIStr("a"), CIStr("A")}))

class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, repr(s), s.peek(), len(s), type(s).__name__, type(s + [5]).__name__, type(s[1:]).__name__)
s.extend([9, 8])
s.sort()
print(s, s == [1, 2, 3, 4, 8, 9], isinstance(s, list), sum(s))

class LoggingList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.log = []
    def append(self, v):
        self.log.append(v)
        super().append(v)
    def __setitem__(self, i, v):
        self.log.append(("set", i))
        super().__setitem__(i, v)
ll = LoggingList("ab")
ll.append("c")
ll[0] = "A"
ll += ["d"]           # list.__iadd__ does not go through append
print(ll, ll.log, type(ll).__name__)

class DefaultDict(dict):
    def __init__(self, factory, *a, **kw):
        super().__init__(*a, **kw)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
for word in "the quick brown fox jumps over the lazy dog the end".split():
    dd[word[0]].append(word)
print(sorted(dd.items()))
print(dd.get("zz"), "zz" in dd, len(dd), dd["t"])

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c)

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
print(ad, ad.a + ad.b, hasattr(ad, "c"), type(ad).__name__, dict(ad), ad == {"a": 1, "b": 2})

# Hot loop.
cnt = Counter()
stack = Stack()
for i in range(500):
    key = Upper("k%d" % (i % 7))
    cnt[key] += i
    stack.push(i)
    if len(stack) > 5:
        stack.pop(0)
print("result", sorted(cnt.items()), stack, type(key).__name__)
