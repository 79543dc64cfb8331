# Checks integer algorithms: gcd via loop, math.gcd, lcm, prime sieve, factorization.
import math
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8), gcd(2 ** 64, 2 ** 40 * 3))
print(math.gcd(48, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(3, 5, 7))
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(200)
print(len(ps), ps[:15], ps[-5:])
def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in [2, 12, 97, 360, 1001, 2 ** 31 - 1, 600851475143]:
    print(n, factor(n))
print(sum(sieve(10000)))
