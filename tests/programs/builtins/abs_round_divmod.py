# Checks abs/round/divmod/pow builtins across int, float, bool and negative values.
print(abs(-7), abs(7), abs(-7.5), abs(-0.0), abs(True), abs(-(10 ** 40)), abs(float("-inf")))
print(round(3.14159, 2), round(3.14159), round(-3.5), round(4.5), round(5.5), round(2.5, 0), round(-0.5))
print(round(123.456, -1), round(123.456, -2), round(987, -1), round(985, -1), round(995, -1), round(-995, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(True, 2))
print(pow(2, 8), pow(2.0, 8), pow(2, -1), pow(-2, 2), pow(4, 0.5), pow(10, 2, 7), pow(True, 5))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    abs(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(round(1e300, 2), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
