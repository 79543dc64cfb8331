# Checks slice objects: reuse across types, indices(), repr, equality, and None components.
s1 = slice(2)
s2 = slice(1, 8, 2)
s3 = slice(None, None, -2)
data = list(range(10))
for sl in [s1, s2, s3]:
    print(sl, data[sl], "abcdefghij"[sl], tuple(data)[sl], range(10)[sl])
print(s2.start, s2.stop, s2.step, s1.start, s1.stop, s1.step)
print(s2.indices(5), s2.indices(100), s3.indices(10), slice(-3, None).indices(10), slice(None, -20, -1).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(0, 5, None) == slice(0, 5))
half = slice(len(data) // 2, None)
print(data[half], data[:half.start])
data[slice(0, 2)] = ["a", "b"]
print(data)
del data[slice(None, None, 3)]
print(data)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
