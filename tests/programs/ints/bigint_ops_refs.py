# Big-int operators on references (no operand copies): arithmetic, floor division and modulo signs, shifts of negatives, powers.
import random
random.seed(11)
vals = [random.randrange(-10**60, 10**60) for _ in range(25)] + [2**100, -2**100, -(2**200) + 1, 3, -3, 0, 1, -1, 2**64]
acc = 0
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b:
            r += [a // b, a % b, round(a / b, 3) if abs(a) < 10**300 else 0]
        for s in (0, 1, 5, 63, 64, 65, 130, 400):
            r += [a >> s, a << (s % 70)]
        if 0 <= b < 5:
            r.append(a ** b)
        acc = (acc * 1000003 + hash(tuple(r))) % (2**61 - 1)
print(acc)
print((-2**100) >> 3, (-2**100 - 1) >> 3, (-7) >> 1, -(2**70) >> 200, (2**70) >> 200, (-5) ** 3, 0 ** 0)
print(pow(-1, 2**70), (-1) ** (2**70 + 1), 1 ** (2**80), 2 ** -2, (2**80) ** -1)
