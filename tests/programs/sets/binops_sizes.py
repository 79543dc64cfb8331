# Set operators between sets of very different sizes, in-place and not, frozenset results,
# a set with itself, and iteration order of the results (CPython's table layout).
big = set(range(0, 3000, 3))
small = {3, 4, 9, 2999, 2997}
print(sorted(small & big), sorted(big & small), len(big | small), len(big - small), sorted(small - big))
print(list(small ^ {4, 5, 6}), list({1, 2, 3} | {30, 20, 10}))
f = frozenset(small)
r = f & big
print(type(r).__name__, sorted(r), type(big & f).__name__)
a = set(range(10))
a |= {100, 5}
a &= set(range(3, 200))
a -= {4, 6}
a ^= {7, 8, 1000}
print(a)
b = set(range(5))
b |= b
print(b)
b &= b
print(b)
b ^= b
print(b)
c = {1, 2}
c -= c
print(c)
words = {w for w in "the quick brown fox jumps over the lazy dog".split()}
w2 = set(words)
w2 &= {"fox", "dog", "cat"}
print(sorted(w2), sorted(words - w2)[:3])
acc = set()
for i in range(200):
    acc |= {i % 37}
print(len(acc), sum(acc))
