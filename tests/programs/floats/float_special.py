# Checks inf/nan arithmetic and comparisons, and float() parsing of specials.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308, inf == inf)
print(float("Infinity"), float("-INF"), float("nAn"), float("  1.5  "), float("1_0.5"), float("+3"), float("-.5e1"))
print(float("1e500"), float("-1e500"), float("1e-500"))
print(max(1.0, inf), min(-inf, 0.0), abs(-inf), abs(-0.0))
print(nan in [nan], [nan] == [nan])
x = nan
print(x is x, [x] == [x], (x,) == (x,))
for bad in ["abc", "", "1.2.3", "1e", "inf inity", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
print(float(10 ** 20), float(True), float(), float(-5))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__)
