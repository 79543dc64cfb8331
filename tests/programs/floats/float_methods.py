# Checks float methods and related: is_integer, as_integer_ratio, hex, comparisons with ints.
for v in [1.0, 2.5, -0.75, 1e20, 0.1]:
    print(v, v.is_integer(), v.as_integer_ratio())
print((0.5).hex(), (1.0).hex(), (-0.1).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print(1.0 == 1, 1.5 > 1, 2 ** 60 == float(2 ** 60), 2 ** 60 + 1 == float(2 ** 60 + 1), 2 ** 60 + 1 > float(2 ** 60))
print(sorted([3, 1.5, -2, 2.0, 0.5, -0.0, 0]))
print(min(0.0, -0.0), max(-0.0, 0.0), min(-0.0, 0.0))
print(hash(1.0), hash(1.5), hash(-1.5), hash(0.1), hash(1e100), hash(float("inf")), hash(float("-inf")), hash(-0.0))
print(abs(-3.5), -abs(3.5), float(int(7.9)), 7.9 // 1, 7.9 % 1)
print(3.0 .is_integer(), (2.0 ** 0.5) ** 2, (2.0 ** 0.5) ** 2 == 2.0)
