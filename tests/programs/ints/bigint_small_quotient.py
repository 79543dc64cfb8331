# Big-int floor division and modulo with small quotients (the estimated-quotient path), checked exactly.
import random
random.seed(5)
acc = 0
for bits in (64, 65, 100, 640, 3000):
    for _ in range(300):
        b = random.getrandbits(bits) | (1 << (bits - 1))
        q = random.choice([0, 1, 2, 9, 10, random.getrandbits(30), random.getrandbits(61), 2**62 - 1, 2**62, 2**63])
        a = q * b + random.choice([0, 1, b - 1, random.randrange(b)])
        acc = (acc * 31 + a // b + (a % b) * 7 + (a - 1) // b) % (2**61 - 1)
        assert a // b == q and a % b == a - q * b
        assert divmod(a, b) == (a // b, a % b)
print(acc)
print((10**50) // (10**30 + 7), (10**50) % (10**30 + 7), (2**64) // (2**64 - 1), (2**128 - 1) // (2**64 + 1))
