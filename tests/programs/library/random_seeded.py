# random module with a fixed seed: every API whose output is reproducible.
import random

random.seed(2024)
print([round(random.random(), 10) for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(100, 0, -7) for _ in range(10)])
print([random.choice("abcdefg") for _ in range(15)])
deck = list(range(20))
random.shuffle(deck)
print(deck)
print([round(random.uniform(-3, 3), 8) for _ in range(5)])
print(random.sample(range(100), 10))
print(random.sample(["x", "y", "z", "w"], 4))
print([round(random.gauss(0, 1), 8) for _ in range(6)])
print([round(random.normalvariate(10, 2), 8) for _ in range(3)])
print(random.choices("abc", k=10))
print(random.choices(range(5), weights=[5, 1, 1, 1, 10], k=12))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=8))
print(random.getrandbits(64), random.getrandbits(7), random.getrandbits(130))
print([round(random.expovariate(1.5), 8) for _ in range(3)])
print([round(random.triangular(0, 10, 3), 8) for _ in range(3)])
print(round(random.betavariate(2, 3), 8), round(random.gammavariate(2.5, 1.0), 8))

# reseeding reproduces the stream
random.seed(7)
a = [random.random() for _ in range(100)]
random.seed(7)
b = [random.random() for _ in range(100)]
print(a == b, round(sum(a), 10))

# string and bytes seeds, int seeds of various sizes
for s in ["hello", b"bytes", 0, 1, -5, 2**70 + 3, 123456789]:
    random.seed(s)
    print(repr(s), random.randint(0, 10**6), round(random.random(), 12))

# independent Random instances
r1 = random.Random(99)
r2 = random.Random(99)
print([r1.randint(0, 9) for _ in range(10)] == [r2.randint(0, 9) for _ in range(10)])
st = r1.getstate()
x1 = [r1.random() for _ in range(5)]
r1.setstate(st)
x2 = [r1.random() for _ in range(5)]
print(x1 == x2, round(x1[0], 12))

# Monte Carlo estimate of pi, deterministic
rng = random.Random(12345)
inside = 0
for _ in range(20000):
    x = rng.random()
    y = rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi ~", 4 * inside / 20000)

# random walk histogram
rng.seed(1)
pos = 0
hist = {}
for _ in range(5000):
    pos += rng.choice((-1, 1))
    hist[pos] = hist.get(pos, 0) + 1
print(pos, min(hist), max(hist), sorted(hist.items())[:5])

# errors
for f, args in [(random.randrange, (0,)), (random.randint, (5, 1)), (random.choice, ([],)),
                (random.sample, ([1, 2], 3)), (random.randrange, (1, 10, 0))]:
    try:
        f(*args)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
