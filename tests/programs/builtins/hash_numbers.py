# Checks hash() of ints, floats, bools and tuples of ints; equal numbers hash equal.
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 10 ** 30, -(10 ** 30), 123456789]:
    print(v, hash(v))
for v in [0.0, -0.0, 0.5, 1.5, -2.25, 1e-10, 3.141592653589793, 1e300, float("inf"), float("-inf")]:
    print(v, hash(v))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True))
print(hash(()), hash((0,)), hash((1, 2, 3)), hash((-1, -2)), hash(((1, 2), (3,))))
print(hash(frozenset()) == hash(frozenset()), hash(2 ** 100) == hash(float(2 ** 100)))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
