# Objects with __hash__/__eq__ as dict keys and set members.

class Point:
    __slots__ = ("x", "y")
    hash_calls = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        Point.hash_calls += 1
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)

pts = [Point(i % 4, i % 3) for i in range(30)]
unique = set(pts)
print(len(pts), len(unique), sorted(unique, key=lambda p: (p.x, p.y)))
counts = {}
for p in pts:
    counts[p] = counts.get(p, 0) + 1
print(sorted((p.x, p.y, n) for p, n in counts.items()))
print(Point(1, 1) in unique, Point(9, 9) in unique, counts[Point(3, 2)])

# Dedup preserving order with a dict.
dedup = list(dict.fromkeys(pts))
print(dedup)

# Equal objects of different identity map to the same key.
d = {Point(0, 0): "origin"}
d[Point(0, 0)] = "replaced"
print(len(d), d[Point(0, 0)], list(d.values()))

# Keys that compare equal to builtins.
class IntLike:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, IntLike) else o)
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return "IntLike(%d)" % self.v
m = {1: "one", 2: "two"}
print(m[IntLike(1)], IntLike(2) in m, IntLike(3) in m)
m[IntLike(1)] = "uno"
print(sorted(m.items()), [type(k).__name__ for k in m])
s = {1, 2, 3}
s.add(IntLike(2))
print(len(s), IntLike(3) in s)

# __eq__ without __hash__ makes the class unhashable.
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    set([NoHash()])
except TypeError as e:
    print("TypeError:", e)

# Default identity hashing: distinct objects are distinct keys.
class Plain:
    pass
a, b = Plain(), Plain()
print(len({a, b, a}), a == a, a == b, hash(a) == hash(a))

# Set operations with user objects.
s1 = {Point(i, 0) for i in range(6)}
s2 = {Point(i, 0) for i in range(3, 9)}
key = lambda p: p.x
print(sorted(s1 & s2, key=key), sorted(s1 - s2, key=key), len(s1 | s2), len(s1 ^ s2))
# (set == set with user __eq__: tests/pending/objmodel/hash_eq_set_compare.py)
print(len(frozenset([Point(1, 2), Point(1, 2)])), Point(1, 2) in frozenset([Point(1, 2)]))

# Hash is called on insertion; hot loop counting.
Point.hash_calls = 0
tally = {}
for i in range(600):
    p = Point(i % 5, (i * 7) % 3)
    tally[p] = tally.get(p, 0) + i
print(sorted((p.x, p.y, v) for p, v in tally.items()))
print(Point.hash_calls >= 600, len(tally))
