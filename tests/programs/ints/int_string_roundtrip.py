# Checks int <-> str conversions in various bases by hand and via builtins, including big values.
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in [0, 5, -5, 255, 1000, -(2 ** 70), 3 ** 40]:
    reps = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, reps, [int(r, b) for r, b in zip(reps, (2, 8, 16, 36))] == [n] * 4)
big = 7 ** 120
s = str(big)
print(len(s), s[:10], int(s) == big, int(s[::-1]) % 1000)
print(int("-0b1011", 0), int("0O777", 0), int("0XdeadBEEF", 0), int("  -1_000  "))
try:
    int("012", 0)
except ValueError as e:
    print(type(e).__name__, e)
print(int("012"), int("00"), int("0_0", 0))
print(sum([int(c) for c in str(2 ** 1000)]), str(10 ** 18 - 1).count("9"))
