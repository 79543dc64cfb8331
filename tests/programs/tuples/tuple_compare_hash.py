# Checks tuple comparisons, hashing of int tuples, tuples as dict keys and sorting.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), () < (0,), (1, 2) == (1, 2), (1, 2) == [1, 2])
print((1, "a") < (1, "b"), (0, 9) < (1, -9), (1.0, 2) == (1, 2.0))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))))
print(hash((-1,)), hash((0, 0)), hash((1.5, 2)), hash((True, False)) == hash((1, 0)))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (5, 5) in grid)
try:
    hash(([1], 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {([1],): 1}
except TypeError as e:
    print(type(e).__name__, e)
pts = [(3, 1), (1, 2), (2, 2), (1, 1), (3, 0)]
print(sorted(pts), max(pts), min(pts), sorted(pts, key=lambda p: (p[1], -p[0])))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
