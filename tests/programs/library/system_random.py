# SystemRandom draws from the OS (values vary: only their ranges are printed), and 0 << huge.
import random
s = random.SystemRandom()
xs = [s.random() for _ in range(100)]
print(all(0.0 <= x < 1.0 for x in xs), len(set(xs)) > 90)
print(all(0 <= s.randrange(10) < 10 for _ in range(100)), s.getrandbits(0), 0 <= s.getrandbits(70) < 2**70)
print(len(s.randbytes(33)), type(s.randbytes(3)).__name__, s.seed(5), s.choice([7, 7, 7]))
print(0 << 2**63, 0 << 2**100, 0 << 0, (-0) << 2**64)
