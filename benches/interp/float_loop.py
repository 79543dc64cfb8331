# A float recurrence in a while loop.
import sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000
x = 0.5
acc = 0.0
i = 0
while i < n:
    x = 3.7 * x * (1.0 - x)
    acc += x * 0.001
    i += 1
print(round(acc, 6))
