# Checks min/max/sum with key, default, multiple args, empty sequences and errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, -5, 2]), max("abc"), min("hello", "world"), max([1, 2], [1, 3]))
print(min([], default="empty"), max([], default=None), min([5], default=0))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len), max([-3, 2, -1], key=abs))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([(2, "x"), (2, "y")], key=lambda t: t[0]))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2]), sum([[1], [2, 3]], []), sum(range(0)), sum([True, True]))
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
print(max(2, 2.0), max(2.0, 2), min(0, False), min(False, 0), max(float("nan"), 1), max(1, float("nan")))
