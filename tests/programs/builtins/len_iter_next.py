# Checks len() on all containers, iter over dict/set/str/range, and next on exhausted iterators.
print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(frozenset()), len(range(10, 0, -3)), len(b"xy"), len(""))
d = {"x": 1, "y": 2}
it = iter(d)
print(next(it), next(it), next(it, "end"))
it = iter(d.values())
print(list(it))
it = iter(d.items())
print(next(it))
s = iter({7})
print(next(s), next(s, "none"))
chars = iter("hey")
print("".join([c.upper() for c in chars]), list(chars))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(str(e)))
