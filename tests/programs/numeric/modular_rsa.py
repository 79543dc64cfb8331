# Modular arithmetic: extended gcd, modular inverse, CRT, Miller-Rabin, and a toy RSA round trip.
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m} (gcd {g})")
    return x % m

def crt(remainders, moduli):
    x, M = 0, 1
    for m in moduli:
        M *= m
    for r, m in zip(remainders, moduli):
        Mi = M // m
        x += r * Mi * modinv(Mi, m)
    return x % M, M

def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

for a, b in ((240, 46), (17, 5), (0, 7), (2**64, 3**40), (-15, 4)):
    g, x, y = egcd(a, b)
    print(f"egcd({a}, {b}) = {g}, x={x}, y={y}, check={a * x + b * y == g}")
print([modinv(a, 17) for a in range(1, 17)])
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)
print("pow inverse agrees:", all([pow(a, -1, 101) == modinv(a, 101) for a in range(1, 101)]))
print("crt:", crt([2, 3, 2], [3, 5, 7]), crt([1, 4, 6], [3, 5, 7]))
cands = [561, 1105, 7919, 2**31 - 1, 2**61 - 1, 2**67 - 1, 10**18 + 9, 1000000007 * 998244353]
for n in cands:
    print(n, is_probable_prime(n))
p = 2**89 - 1
q = 2**107 - 1
print("p, q prime:", is_probable_prime(p), is_probable_prime(q))
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("n bits:", n.bit_length(), "d mod 1e6:", d % 10**6)
message = "Hi pyjit!"
m = int.from_bytes(message.encode(), "big")
c = pow(m, e, n)
back = pow(c, d, n)
print("m:", m, "c mod 1e9:", c % 10**9, "round trip:", back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
print((e * d) % phi, pow(pow(12345, e, n), d, n))
primes = [x for x in range(10**6, 10**6 + 200) if is_probable_prime(x)]
print(primes)
