"""pidigits: digits of pi from Gibbons' unbounded spigot algorithm, produced in chunks by a generator; exercises big-integer multiply, add and floor division on ever-growing ints."""
# bench-quick-size: 600
import sys
import time

DEFAULT_SIZE = 5500
CHUNKS = 10


def spigot():
    """Yield the decimal digits of pi forever (Gibbons 2006, the 'streaming' variant).

    The state (q, r, t) is a linear fractional transform; k counts the terms of the series
    consumed so far. A digit is emitted once the floor of the transform applied to 3 and to 4
    agree, which is tested with an extracted candidate digit n."""
    q, r, t, k = 1, 0, 1, 1
    while True:
        n = (3 * q + r) // t
        if (4 * q + r) // t == n:
            yield n
            q, r = 10 * q, 10 * (r - n * t)
        else:
            l = 2 * k + 1
            q, r, t = q * k, (2 * q + r) * l, t * l
            k += 1


def take(gen, count):
    out = []
    append = out.append
    for _ in range(count):
        append(next(gen))
    return out


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    per_chunk = size // CHUNKS
    gen = spigot()
    digits = []
    weighted = 0
    for i in range(CHUNKS):
        t0 = time.perf_counter()
        count = per_chunk if i < CHUNKS - 1 else size - per_chunk * (CHUNKS - 1)
        chunk = take(gen, count)
        for d in chunk:
            weighted = (weighted * 10 + d) % 1000000007
        digits.extend(chunk)
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    text = "".join(map(str, digits))
    print("digits %d first %s last %s" % (len(text), text[:20], text[-20:]))
    print("digit sum %d mod hash %d" % (sum(digits), weighted))


main()
