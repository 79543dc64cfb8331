# Sieve of Eratosthenes, prime factorization, twin primes and Goldbach checks.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i, ok in enumerate(is_prime) if ok]

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

primes = sieve(200)
print("count:", len(primes))
print("first 15:", primes[:15])
print("last 5:", primes[-5:])
prime_set = set(primes)
twins = [(p, p + 2) for p in primes if p + 2 in prime_set]
print("twin pairs:", twins)
for n in [2, 12, 97, 360, 1001, 2**10, 999983 * 7, 600851475143]:
    f = factorize(n)
    parts = " * ".join([f"{p}^{f[p]}" if f[p] > 1 else str(p) for p in sorted(f)])
    print(f"{n:>15} = {parts}")
for even in range(4, 41, 6):
    for p in primes:
        if even - p in prime_set:
            print(f"goldbach {even} = {p} + {even - p}")
            break
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print("gap histogram:", sorted(gaps.items()))
print("sum of primes below 200:", sum(primes))
