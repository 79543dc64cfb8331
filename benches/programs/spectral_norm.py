"""spectral_norm: the spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1), by the power method (u = AtA v, v = AtA u, sums over j ascending), printed "%.9f" (the Benchmarks Game algorithm); exercises float arithmetic, small-int arithmetic and list indexing in nested loops. A native Rust twin reproduces it bit for bit."""
# bench-quick-size: 60
import sys
import time
from math import sqrt

# size = n, the length of the vectors; the power method runs ITERATIONS rounds
DEFAULT_SIZE = 350
ITERATIONS = 10


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    n = size
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for i in range(ITERATIONS):
        t0 = time.perf_counter()
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    vbv = vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % sqrt(vbv / vv))


main()
