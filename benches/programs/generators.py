"""generators: a lazy pipeline of generators (source, filter with yield from, generator-expression map, sliding window, pairwise) folded by a consumer; exercises generator creation, resumption and delegation."""
# bench-quick-size: 1500
import sys
import time

DEFAULT_SIZE = 75000
ITERATIONS = 12


def lcg_source(count, seed):
    """A deterministic stream of pseudo-random ints in [0, 1000)."""
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield (state >> 8) % 1000


def runs_of(value):
    """Expand a value into a short run of related values."""
    step = value % 7 + 1
    for j in range(value % 4):
        yield value + j * step


def expand_and_filter(items, modulus):
    """Drop multiples of `modulus`; a value divisible by 5 is expanded into a short run."""
    for x in items:
        if x % modulus == 0:
            continue
        if x % 5 == 0:
            yield from runs_of(x)
        else:
            yield x


def windowed(items, size):
    """Sliding windows of `size` consecutive items, as tuples."""
    window = []
    for x in items:
        window.append(x)
        if len(window) > size:
            del window[0]
        if len(window) == size:
            yield tuple(window)


def pairwise(items):
    it = iter(items)
    try:
        prev = next(it)
    except StopIteration:
        return
    for cur in it:
        yield prev, cur
        prev = cur


class Stats:
    def __init__(self):
        self.count = 0
        self.total = 0
        self.rises = 0
        self.peak = 0

    def feed(self, pair):
        a, b = pair
        self.count += 1
        self.total = (self.total * 31 + a * 3 + b) % 1000000007
        if b > a:
            self.rises += 1
        if b > self.peak:
            self.peak = b


def pipeline(count, seed):
    source = lcg_source(count, seed)
    kept = expand_and_filter(source, 3 + seed % 4)
    scaled = (x * x % 1009 + 1 for x in kept)
    sums = (sum(w) - min(w) for w in windowed(scaled, 4))
    stats = Stats()
    for pair in pairwise(sums):
        stats.feed(pair)
    return stats


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    folded = 0
    count = rises = peak = 0
    for i in range(ITERATIONS):
        t0 = time.perf_counter()
        stats = pipeline(size, 17 + i * 7919)
        folded = (folded * 1000003 + stats.total) % 1000000007
        count += stats.count
        rises += stats.rises
        peak = max(peak, stats.peak)
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    print("pairs %d rises %d peak %d" % (count, rises, peak))
    print("folded %d" % folded)


main()
