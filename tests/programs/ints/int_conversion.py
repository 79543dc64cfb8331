# Checks int() parsing from strings/floats/bases and the error messages.
print(int("42"), int("  -17  "), int("+8"), int("1_000"), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("777", 8), int("1010", 2), int("10", 36))
print(int(3.99), int(-3.99), int(1e20), int(True), int(-0.5))
print(int(), int("  12\n"))
for bad in ["x", "", "1.5", "12a", " ", "0x10", "1__0", "٣"]:
    try:
        print("ok", repr(bad), int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
