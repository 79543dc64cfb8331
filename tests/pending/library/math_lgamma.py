# math.gamma / math.lgamma: CPython 3.11 uses its own Lanczos-based implementations (the same
# digits on every platform); pyjit's results differ in the last digits.
import math

for x in [0.5, 1.5, 2.5, 3.0, 3.3, 10, 10.1, 20.5, 100, 1000.25, -0.5, -2.5]:
    print(x, repr(math.lgamma(x)), repr(math.gamma(x)) if x < 170 else "")
acc = 0.0
for i in range(1, 400):
    acc += math.lgamma(i * 0.37) + math.gamma(i * 0.013 + 0.2)
print(repr(acc))
