# Checks round() half-to-even, round with ndigits, and int truncation of floats.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e20 + 0.5]:
    print(v, round(v), type(round(v)), round(v, 0), type(round(v, 0)))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-1.005, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(1234.5678, 3), round(-0.4), round(-0.6))
print(round(0.0), round(-0.0, 1), round(5e-324, 300), round(1.5e300, -299))
print(int(2.9), int(-2.9), int(1e18), int(1.9999999999999999))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
import math
for v in [2.5, -2.5, 2.4999, -0.0, 7.0]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)))
