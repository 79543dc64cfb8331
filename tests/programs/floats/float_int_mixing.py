# Checks implicit int->float promotion, true division results, and big-int/float interplay.
print(10 / 4, 10 // 4, 10.0 // 4, -10 / 4, -10 // 4.0)
print(2 ** 62 / 2, 2 ** 100 / 2 ** 50, (10 ** 30) / 10, 10 ** 30 // 10)
print(1 / 3 * 3, 2 / 3 + 1 / 3, 7 / 1)
try:
    print((10 ** 400) / 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) / (10 ** 399), (10 ** 400) // (10 ** 399))
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
print(5 == 5.0, hash(5) == hash(5.0), {5: "int"}[5.0], {5.0: "float", 5: "int"})
print(int(1e16) + 1, float(int(1e16) + 1), 1e16 + 1)
print(3 + 0.0, 0.0 + 3, True + 0.5, 1 * 1.0 == 1)
print(float(2 ** 53 + 1), float(2 ** 53 + 3), float(-(2 ** 1023)))
print(divmod(7, 2.0), divmod(-7, 2.0), divmod(7.0, -2))
