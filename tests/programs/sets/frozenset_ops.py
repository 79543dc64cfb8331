# Checks frozenset: hashability, use as dict keys/set members, mixed ops with set.
f = frozenset([3, 1, 2])
print(f, frozenset(), len(f), 2 in f, type(f))
g = frozenset({1, 2, 3})
print(f == g, f == {1, 2, 3}, hash(f) == hash(g))
d = {f: "triple", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2, 3})}
print(len(nested), sorted([sorted(x) for x in nested]))
print(f | {4}, type(f | {4}), {4} | f, type({4} | f), f & {1, 5}, f - {1})
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset("aab") == frozenset("ab"), sorted(frozenset("hello")))
s = {1, 2}
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__, e)
print(f.union([7]), f.issubset({0, 1, 2, 3, 4}))
