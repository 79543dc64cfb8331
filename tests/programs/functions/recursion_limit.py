# Checks RecursionError catching, getrecursionlimit/setrecursionlimit, deep but legal recursion.
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught", type(e).__name__, isinstance(e, RuntimeError))
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(500))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), count(3000))
sys.setrecursionlimit(1000)
try:
    count(5000)
except RecursionError:
    print("too deep again")
def mutual_a(n):
    return "done" if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return "done" if n == 0 else mutual_a(n - 1)
print(mutual_a(300))
print("still alive", count(10))
