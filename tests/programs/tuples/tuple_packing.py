# Checks tuple packing/unpacking in returns, loops, swaps and nested structures.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax([5]))
r = minmax([2, 3])
print(r, type(r))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b, a * b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
(x, y), z = [10, 20], 30
print(x, y, z)
records = [("amy", 3, "x"), ("bob", 5, "y")]
for name, score, _ in records:
    print(name, score)
def stats(*nums):
    return len(nums), sum(nums), nums
print(stats(), stats(1, 2, 3))
nested = ((1, (2, 3)), (4, (5, 6)))
for p, (q, s) in nested:
    print(p + q + s, end=" ")
print()
t = 1,
print(t, len(t))
