# Checks arbitrary-precision integer arithmetic: add, mul, pow, div, negative.
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 12345, a % 12345)
print(-a // 12345, -a % 12345)
print(b // a, b % a, divmod(-b, a))
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(4611686018427387904 * 2, 3037000500 * 3037000500)
print(-(2 ** 200) // (2 ** 100 + 1))
print(10 ** 50 // 10 ** 25, 10 ** 50 % (10 ** 25 - 1))
x = 1
for i in range(1, 31):
    x *= i
print("30! =", x)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(abs(-(10 ** 30)), -(-(10 ** 30)))
print(a == 1267650600228229401496703205376, a > b, a < b, a != a + 0)
print((2 ** 65) / 2, type((2 ** 65) / 2))
print(7 ** 77 % 1000000007)
print(int("123456789012345678901234567890") * 3)
print(-7 ** 40, (-7) ** 41)
