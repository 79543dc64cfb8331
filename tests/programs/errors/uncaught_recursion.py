# Checks uncaught RecursionError from infinite recursion (exit 1).
def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)
print("finite", countdown(100))
def forever(n):
    return forever(n + 1) + 1
try:
    forever(0)
except RecursionError:
    print("caught once")
print("recursing again, uncaught")
forever(0)
