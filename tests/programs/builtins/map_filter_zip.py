# Checks map/filter/zip/enumerate/reversed laziness results, multiple iterables, and types.
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, "", "a", 1, None, 2])))
print(list(zip()), list(zip([1, 2, 3])), list(zip("abc", range(10), [True, False])))
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(type(map(str, [])), type(filter(None, [])), type(zip()), type(enumerate([])), type(reversed([])))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)), list(zip(*[(1, "a"), (2, "b")])))
print(list(map(int, "1 2 3".split())), sum(map(int, "10 20 30".split())))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m))
