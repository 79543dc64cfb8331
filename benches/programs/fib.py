"""fib: naive doubly-recursive Fibonacci, fib(n) computed afresh on every iteration; exercises Python-to-Python call overhead, small-int arithmetic and comparisons."""
# bench-quick-size: 21
import sys
import time

DEFAULT_SIZE = 30
ITERATIONS = 10


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    total = 0
    results = []
    for i in range(ITERATIONS):
        t0 = time.perf_counter()
        # alternate between n and n - 1 so consecutive chunks are similar but not identical
        value = fib(size - (i & 1))
        results.append(value)
        total += value
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    print("fib(%d) = %d, fib(%d) = %d" % (size, results[0], size - 1, results[1]))
    print("sum %d" % total)


main()
