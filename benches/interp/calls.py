# Small function calls in a loop (positional, keyword, default arguments).
import sys
def add(a, b):
    return a + b
def scale(x, factor=2):
    return x * factor
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
total = 0
for i in range(n):
    total = add(total, scale(i, factor=3)) % 1000003
print(total)
