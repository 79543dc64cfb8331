# Checks iter()/next() on builtin iterables, StopIteration, default for next, exhausted iterators.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(str(e)))
s = iter("ab")
print(next(s), next(s), next(s, None))
d = iter({"x": 1, "y": 2})
print(list(d), list(d))
z = zip([1, 2, 3], "ab")
print(next(z), list(z), list(z))
m = map(abs, [-1, -2])
print(list(m), list(m))
e = enumerate("xy")
print(next(e), next(e))
r = iter(range(3))
total = 0
for v in r:
    total += v
print(total, next(r, "empty"))
it2 = iter([10, 20, 30, 40])
for v in it2:
    print("got", v, "skip", next(it2, None))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
