# Checks any/all short-circuit on iterators, sorted on various iterables with key/reverse.
def loud(v):
    print("check", v)
    return v
print(any([loud(0), loud(1), loud(2)]))
it = iter([0, 0, 1, 0, 1])
print(any(it), list(it))
it = iter([1, 1, 0, 1])
print(all(it), list(it))
print(all([]), any([]), all([[]]), any([[]]), all("abc"), any(""))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()), sorted("cba", reverse=True))
print(sorted([3, 1, 2], key=lambda x: -x), sorted([[3, "c"], [1, "a"]]), sorted(range(5), key=lambda v: v % 2))
print(sorted(["a10", "a9", "a100"]), sorted(["a10", "a9", "a100"], key=lambda s: int(s[1:])))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], reverse=None)
except TypeError as e:
    print(type(e).__name__, e)
