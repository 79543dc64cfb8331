# Checks pow with 2 and 3 args, negative exponents, modular inverse, ** precedence.
print(pow(2, 10), pow(2, 0), pow(0, 0), pow(-2, 5), pow(5, -1), pow(2, -3))
print(pow(3, 200, 1000007), pow(2, 10**6, 97), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(123456789, 987654321, 10**9 + 7))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -2, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, 2 ** -2)
print(10 ** 20, 10 ** 20 == 100000000000000000000)
print(pow(7, 2, 1), pow(0, 5, 3), pow(1, -1, 5))
print(0 ** 0, 0 ** 1, 1 ** -5)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
