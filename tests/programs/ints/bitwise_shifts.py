# Checks bitwise and/or/xor/invert and shifts with negative and big operands.
vals = [0, 1, 5, -1, -6, 255, 2 ** 70 + 3, -(2 ** 70)]
for v in vals:
    print(v, ~v, v & 0xF, v | 8, v ^ -1, v << 3, v >> 2)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -1 << 5)
print(-5 >> 1, -5 // 2, 5 >> 1)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(-12 & 0xFF, -12 | 3, -12 ^ 7)
print((2 ** 100 - 1) & (2 ** 64 + 7), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100 + 5))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -3
except ValueError as e:
    print(type(e).__name__, e)
print(123 >> 1000, -123 >> 1000)
print((5).bit_length(), (0).bit_length(), (-8).bit_length(), (2 ** 100).bit_length())
print((255).bit_count(), (-7).bit_count())
