"""unpack_sequence: tight loops of tuple and list unpacking (wide fixed-size unpacks, swaps and rotations, nested targets in for loops, multiple return values, some star-unpacking); exercises UNPACK_SEQUENCE/UNPACK_EX, tuple building and small-int arithmetic."""
# bench-quick-size: 2
import sys
import time

DEFAULT_SIZE = 40
ROWS = 200
MASK = 0xFFFFFFF


def make_rows(count, seed):
    rows = []
    x = seed
    for _ in range(count):
        row = []
        for _ in range(10):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((x >> 12) % 1000)
        rows.append(tuple(row))
    return rows


def wide_tuples(rows, reps):
    """Unpack ten-element tuples into ten names, over and over."""
    acc = 0
    for _ in range(reps):
        for t in rows:
            a, b, c, d, e, f, g, h, i, j = t
            acc += a - b + c - d + e - f + g - h + i - j
            j, i, h, g, f, e, d, c, b, a = t
            acc += a * 3 + j
    return acc


def wide_lists(rows, reps):
    """The same with lists, plus re-packing into a tuple and unpacking it again."""
    lists = [list(t) for t in rows]
    acc = 0
    for _ in range(reps):
        for lst in lists:
            a, b, c, d, e, f, g, h, i, j = lst
            a, b, c, d, e = e, d, c, b, a
            p, q = (a + f, b + g)
            acc = (acc + p * 7 + q - c + h + i * j) & MASK
    return acc


def swaps_and_rotations(n):
    """Fibonacci-style pairs, three-way rotations and conditional swaps."""
    a, b = 0, 1
    x, y, z = 1, 2, 3
    lo, hi = 7, 3
    for k in range(n):
        a, b = b, (a + b) & MASK
        x, y, z = y, z, (x + k) & 0xFFFF
        if lo > hi:
            lo, hi = hi, lo
        lo, hi = lo + (z & 7), hi + (y & 3)
    return a ^ b ^ x ^ y ^ z ^ lo ^ hi


def split(value):
    """Return several values at once; the caller unpacks them."""
    q, r = divmod(value, 97)
    return q, r, value & 15


def multiple_returns(rows, reps):
    acc = 0
    for _ in range(reps):
        for t in rows:
            first, second, third = split(t[0] * 1000 + t[1])
            a, (b, c) = first, (second, third)
            acc = (acc * 3 + a + b * c) & MASK
    return acc


def nested_targets(rows, reps):
    """Nested unpacking in for-loop targets over enumerate/zip of pairs."""
    pairs = [((t[0], t[1]), (t[2], t[3])) for t in rows]
    acc = 0
    for _ in range(reps):
        for idx, ((a, b), (c, d)) in enumerate(pairs):
            acc = (acc + idx * (a - c) + b * d) & MASK
        for (a, b), t in zip(pairs, rows):
            (p, q), (r, s) = a, b
            acc = (acc ^ (p + q * r - s + t[9])) & MASK
    return acc


def star_unpacking(rows, reps):
    """Head/tail splits with starred targets (in moderation: they build lists)."""
    acc = 0
    for _ in range(reps):
        for t in rows:
            head, *middle, tail = t
            first, second, *rest = middle
            acc = (acc + head * tail + first - second + len(rest)) & MASK
            *front, x, y = t
            acc = (acc + x - y + front[0]) & MASK
    return acc


def dict_items(table, reps):
    acc = 0
    for _ in range(reps):
        for key, (count, weight) in table.items():
            acc = (acc + key * count + weight) & MASK
    return acc


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    rows = make_rows(ROWS, 2024)
    table = {t[0] * 1000 + t[1]: (t[2], t[3]) for t in rows}
    results = [0] * 7
    for i in range(size):
        t0 = time.perf_counter()
        reps = 50 + (i & 1)
        parts = (
            wide_tuples(rows, reps),
            wide_lists(rows, reps),
            swaps_and_rotations(reps * ROWS * 4 + i),
            multiple_returns(rows, reps),
            nested_targets(rows, reps),
            star_unpacking(rows, reps),
            dict_items(table, reps),
        )
        for k, value in enumerate(parts):
            results[k] = (results[k] * 31 + value) % 1000000007
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    print("iterations %d" % size)
    print("tuples %d lists %d swaps %d returns %d" % tuple(results[:4]))
    print("nested %d star %d items %d" % tuple(results[4:]))


main()
