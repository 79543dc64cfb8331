# Checks set equality/ordering operators, membership of tuples, and set conversions.
a = {1, 2, 3}
print(a == {3, 2, 1}, a == [1, 2, 3], a == frozenset(a), a != {1, 2})
print({1} < {1, 2} < {1, 2, 3}, {1, 2} > {1}, {1, 2} < {2, 3}, {1, 2} > {2, 3}, set() < {0})
pts = {(0, 0), (1, 2), (0, 0)}
print(len(pts), (1, 2) in pts, (2, 1) in pts, sorted(pts))
print(sorted(set([3, 1, 2])), tuple(sorted({5, 4})), list(sorted(frozenset([9, 8]))))
print(set("aabbc") == set("abc"), len(set("abracadabra")), set([1, 1.0, True]))
try:
    {1, 2} < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
print(max({4, 9, 2}), min({4, 9, 2}), sum({4, 9, 2}), sorted({4, 9, 2}, reverse=True))
