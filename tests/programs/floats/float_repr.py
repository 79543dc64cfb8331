# Checks shortest-repr float printing across magnitudes, including exponent switchover.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, -1.0, 100.0, 1e15, 1e16, 1.5e16, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
        3.0e-10, 12345.678, 0.5, 1e100, 9007199254740993.0, 0.3, 2.675, 1.1 * 3, 100.0 / 3]
for v in vals:
    print(repr(v), str(v), v)
print(-0.0, 0.0 == -0.0, repr(-0.0), str(-0.0))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print([0.1, -0.0, float("inf")], (1e16,), {1.5: 2.5})
print(1e16 - 1, 2.0 ** 53 + 1, 2.0 ** 63, 2.0 ** 64, 1e300 * 1e10)
