# Nested integer loops with arithmetic.
import sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
total = 0
for i in range(n):
    for j in range(n):
        total += (i * j) % 7
print(total)
