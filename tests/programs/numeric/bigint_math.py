# Big-integer math: factorials, digit sums, huge powers, pow with modulus, and integer roots.
import math

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (0, 1, 5, 20, 25, 50, 100):
    f = fact(n)
    s = str(f)
    print(f"{n}! has {len(s)} digits, digit sum {sum(map(int, s))}, trailing zeros {len(s) - len(s.rstrip('0'))}")
print(fact(30))
print(fact(100) == math.factorial(100), math.factorial(52) // math.factorial(47))
print("2**1000 digit sum:", sum([int(d) for d in str(2 ** 1000)]))
big = 3 ** 200
print(big)
print(big.bit_length(), big % 10**12, big // 10**90, -big // 7 % 1000, divmod(big, 10**50)[1])
print(pow(2, 10**18, 10**9 + 7), pow(3, 123456789, 1000000007), pow(12345678901234567890, 98765, 2**61 - 1))
print(pow(7, -1, 13), pow(-3, 3), pow(2, -2), pow(10, 30) + 1)
print(math.gcd(fact(20), 2**40 * 3**5), math.lcm(12, 18, 27) if hasattr(math, "lcm") else None)
print(math.isqrt(10**41), math.isqrt(fact(40)), math.comb(100, 50), math.perm(10, 3))
x = 10**25 + 7
print(x * x, x * x - x, (x * x) // x == x, -x % 97, x ^ (x >> 3), x & 0xFFFFFFFF, ~x)
print(int("9" * 40) + 1, int("-123456789012345678901234567890"), int("ff" * 10, 16), int("0b" + "1" * 70, 0))
print(hex(2**100), oct(2**70), bin(2**65 + 1), str(-2**64))
print(float(2**60), 2**60 / 3, 2**1023 * 1.0, 10**20 / 10**10, 7**30 // 7**28)
try:
    float(2**2000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2**2000 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(round(2**70, -10), round(123456789, -3), abs(-2**90), hash(2**61 - 1), hash(2**61), hash(-2**62 + 5))
print(sorted([2**64, -2**64, 0, 2**63, 1 << 63, -1]), max(2**100, 2.0**99), 2**53 + 1 == float(2**53 + 1))
collatz_max = (0, 0)
for start in range(1, 3000):
    n, steps = start, 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    if steps > collatz_max[1]:
        collatz_max = (start, steps)
print("longest collatz below 3000:", collatz_max)
print(f"{2**64:,} {2**64:_x} {2**80:e} {fact(25):>40}")
