# Checks chr/ord/hex/oct/bin/format builtins and conversions round-trips.
for c in "Aa0 ~\t€😀":
    o = ord(c)
    print(repr(c), o, hex(o), oct(o), bin(o), chr(o) == c)
print(hex(0), hex(-1), hex(2 ** 64), oct(-8), bin(-5), bin(0))
print(int(hex(255), 16), int(oct(255), 8), int(bin(255), 2), int(hex(-255), 0))
print(format(255, "x"), format(255, "#010x"), format(3.5, "08.3f"), format("s", "^5"), format(1e6, ",.0f"))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, "y")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
print("".join([chr(ord(c) + 1) for c in "HAL"]), [ord(c) - ord("a") for c in "python"])
