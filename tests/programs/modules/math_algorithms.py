# Checks numerical algorithms using math: primes via isqrt, distances, angles, integer sqrt floors.
import math
pts = [(0, 0), (3, 4), (-1, 1), (6, -8)]
for p in pts:
    print(p, math.hypot(*p), round(math.degrees(math.atan2(p[1], p[0])), 6))
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(100) if is_prime(n)][-5:], is_prime(2 ** 31 - 1))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 99, 10 ** 20 + 1]])
def heron(a, b, c):
    s = (a + b + c) / 2
    return math.sqrt(s * (s - a) * (s - b) * (s - c))
print(heron(3, 4, 5), heron(5, 5, 6), round(heron(7, 8, 9), 10))
print(math.comb(52, 5), sum([math.comb(10, k) for k in range(11)]), math.factorial(52) // math.factorial(47) // math.factorial(5))
print(math.floor(7 / 2), math.ceil(7 / 2), -(-7 // 2), math.floor(-7 / 2))
print(f"{math.pi:.10f} {math.e:.5e} {math.sqrt(2):>12.8f}")
