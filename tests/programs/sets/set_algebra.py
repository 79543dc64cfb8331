# Checks union/intersection/difference/symmetric difference via operators and methods.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10]), a.intersection(b, {5}), a.difference([1], (2,)), a.symmetric_difference(range(3, 9)))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {5}, a > b, a.issubset(range(10)), a.issuperset([1]))
print(a.isdisjoint(b), a.isdisjoint({100}))
c = set(a)
c |= {9}; print(c)
c &= {1, 9, 3, 77}; print(c)
c -= {1}; print(c)
c ^= {3, 4}; print(c)
d = {1, 2}
d.update([3], (4,)); print(d)
d.intersection_update({2, 3, 4, 5}); print(d)
d.difference_update({2}); print(d)
d.symmetric_difference_update({4, 8}); print(d)
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
words1 = set("the cat sat on the mat".split())
words2 = set("the dog sat on a log".split())
print(sorted(words1 & words2), sorted(words1 - words2), sorted(words1 ^ words2))
