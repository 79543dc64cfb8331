# Objects as dict keys: lookups, deletes, updates, collisions and equality with builtins
class K:
    eqs = 0
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        K.eqs += 1
        return isinstance(o, K) and self.name == o.name
    def __repr__(self):
        return "K(%s)" % self.name
d = {}
for i, n in enumerate("abcdefghij"):
    d[K(n, i % 3)] = i
print(len(d), d[K("e", 1)], K("e", 1) in d, K("e", 2) in d, K("z", 0) in d)
del d[K("a", 0)]
d[K("b", 1)] = "B"
print(len(d), list(d.values()))
print(sorted(k.name for k in d), list(d)[:3])
print(d.pop(K("c", 2)), d.get(K("c", 2), "gone"), d.setdefault(K("q", 0), "new"), len(d))
try:
    d[K("nope", 1)]
except KeyError as e:
    print(type(e).__name__, e)
# key equal to a builtin key
class Str:
    def __init__(self, s): self.s = s
    def __hash__(self): return hash(self.s)
    def __eq__(self, o): return o == self.s if isinstance(o, str) else isinstance(o, Str) and o.s == self.s
    def __repr__(self): return "Str(%r)" % self.s
m = {"hello": 1}
m[Str("hello")] = 2
print(m, len(m))
m2 = {Str("x"): 1}
m2["x"] = 2
print(m2)
# keys mutated after insertion (hash changes) become unreachable
class Mut:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, Mut) and self.v == o.v
mk = Mut(1)
dm = {mk: "one"}
mk.v = 2
print(Mut(1) in dm, Mut(2) in dm, mk in dm, len(dm))
# dict comprehension with object keys and counting
words = "to be or not to be that is the question".split()
class W:
    def __init__(self, w): self.w = w
    def __hash__(self): return hash(len(self.w))
    def __eq__(self, o): return self.w == o.w
counts = {}
for w in words:
    counts[W(w)] = counts.get(W(w), 0) + 1
print(sorted((k.w, v) for k, v in counts.items()))
print(K.eqs > 0)
# __hash__ raising inside dict ops
class HBoom:
    def __hash__(self):
        raise ValueError("hash boom")
try:
    {HBoom(): 1}
except ValueError as e:
    print(type(e).__name__, e)
try:
    HBoom() in {1: 2}
except ValueError as e:
    print(type(e).__name__, e)
