# Iterative Fibonacci modulo a prime, many times.
def fib(n):
    a = 0
    b = 1
    for i in range(n):
        a, b = b, (a + b) % 1000000007
    return a
def f(reps):
    s = 0
    for r in range(reps):
        s = (s + fib(10000)) % 1000000007
    return s
print(f(1000))
