# Checks float accumulation and numerical algorithms (Newton sqrt, mean/variance, harmonic).
import math
def newton_sqrt(x):
    guess = x / 2.0
    for _ in range(20):
        guess = (guess + x / guess) / 2.0
    return guess
for x in [2.0, 9.0, 10.0, 1e10, 0.25]:
    print(x, newton_sqrt(x), math.sqrt(x), newton_sqrt(x) == math.sqrt(x))
data = [2.5, 3.1, 4.7, 1.2, 9.9, 6.0]
mean = sum(data) / len(data)
var = sum([(d - mean) ** 2 for d in data]) / len(data)
print(mean, var, math.sqrt(var))
h = 0.0
for k in range(1, 1001):
    h += 1.0 / k
print(h)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, math.fsum([0.1] * 10), math.isclose(total, 1.0))
pi_est = 0.0
for k in range(10000):
    pi_est += (-1) ** k / (2 * k + 1)
print(4 * pi_est)
print(f"{mean:.4f} {var:10.2f} {h:e}")
