"""fannkuch: fannkuch-redux, the maximum number of pancake flips over all permutations of 0..n-1 and a signed checksum, with permutations generated in the Benchmarks Game order (alternating swaps, then rotations driven by a count vector); repeated 3 times; prints the checksum and "Pfannkuchen(n) = max"; exercises small-int list indexing, slicing and reversal. A native Rust twin reproduces it."""
# bench-quick-size: 7
import sys
import time

# size = n, the number of pancakes. The whole count runs REPEAT times; each run's main loop is n
# slices of (n - 1)! permutations (the warm-up points).
DEFAULT_SIZE = 9
REPEAT = 3


def fannkuch(n, warmup, first_iteration):
    perm1 = list(range(n))
    count = perm1[:]
    max_flips = 0
    checksum = 0
    sign = True
    iteration = first_iteration
    block = 1
    for k in range(2, n):
        block *= k                      # (n - 1)! permutations per main-loop iteration
    done = 0
    t0 = time.perf_counter()
    while True:
        k = perm1[0]
        if k:
            perm = perm1[:]
            flips = 1
            kk = perm[k]
            while kk:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = kk
                kk = perm[kk]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if sign else -flips
        done += 1
        if done == block:
            done = 0
            if warmup:
                sys.stderr.write("warmup %d %.6f\n" % (iteration, time.perf_counter() - t0))
            iteration += 1
            t0 = time.perf_counter()
        if sign:
            perm1[0], perm1[1] = perm1[1], perm1[0]
            sign = False
        else:
            perm1[1], perm1[2] = perm1[2], perm1[1]
            sign = True
            r = 2
            while r < n - 1:
                if count[r]:
                    break
                count[r] = r
                perm0 = perm1[0]
                perm1[:r + 1] = perm1[1:r + 2]
                perm1[r + 1] = perm0
                r += 1
            else:
                r = n - 1
                if not count[r]:
                    return checksum, max_flips
            count[r] -= 1


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    results = set()
    for rep in range(REPEAT):
        results.add(fannkuch(size, warmup, rep * size))
    if len(results) != 1:
        raise AssertionError("runs disagree: %r" % (results,))
    checksum, max_flips = results.pop()
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (size, max_flips))


main()
