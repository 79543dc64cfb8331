# Int arithmetic just past i64 (the i128 path): every operator on values around 2**63, 2**127 and random ones.
import random
random.seed(7)
vals = [0, 1, -1, 2**62, -2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 + 3, -(2**64) - 7, 2**100, -2**100, 2**126, -2**126, 2**127 - 1, -2**127, 2**127, 3, -3, 7, 12345678901234567]
vals += [random.randrange(-2**90, 2**90) for _ in range(30)]
acc = 0
lines = []
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b:
            r += [a // b, a % b]
        acc = (acc * 1000003 + hash(tuple(r))) % (2**61 - 1)
        if len(lines) < 40 and abs(a) > 2**62:
            lines.append(r)
print(acc)
for l in lines[:10]:
    print(l)
h = 0
for c in "hello world" * 100:
    h = (h * 131 + ord(c)) % 1000000007
    h2 = (h * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
print(h, h2, type(h2))
x = 2**63 - 1
x += 1
print(x, x - 1, type(x - 1), (-2**63) // -1, (-2**63) % -1)
