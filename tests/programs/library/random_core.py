# random's native Mersenne Twister core: many seed kinds, getrandbits widths, state round trips, subclasses.
import random
out = []
for seed in [0, 1, 42, 2**32 - 1, 2**32, 2**64 + 5, 2**200 + 12345, -7, "hello", b"bytes", 3.25, ""]:
    r = random.Random(seed)
    out.append((seed if not isinstance(seed, bytes) else "b", r.random(), r.getrandbits(1), r.getrandbits(31), r.getrandbits(32),
                r.getrandbits(33), r.getrandbits(64), r.getrandbits(100), r.randrange(10), r.randrange(2**40),
                r.randrange(3, 1000, 7), r.randint(-5, 5), r.choice("abcdef")))
    l = list(range(20)); r.shuffle(l); out.append(l)
    out.append(r.sample(range(1000), 5)); out.append(r.choices("xyz", k=4)); out.append(round(r.gauss(0, 1), 12))
    out.append(round(r.uniform(1, 2), 12))
    st = r.getstate()
    a = [r.random() for _ in range(700)]
    r.setstate(st)
    b = [r.random() for _ in range(700)]
    out.append(a == b)
    out.append(sum(a))
random.seed(99)
out.append([random.random() for _ in range(3)])
out.append(random.getrandbits(0))
r = random.Random(5)
for _ in range(1000):
    r.random()
st = r.getstate()
print(len(st[1]), st[1][-1], st[0])
r2 = random.Random()
r2.setstate(st)
print(r2.random() == r.random())
class MyR(random.Random):
    def random(self):
        return 0.5
print(MyR(3).randrange(10), MyR(3).choice([1, 2, 3]))
try:
    random.Random(1).getrandbits(-1)
except ValueError as e:
    print(e)
try:
    r.setstate((3, (1,) * 10, None))
except ValueError as e:
    print(e)
for x in out:
    print(x)
