"""sort: sorts records, tuples, strings and floats with list.sort and sorted (key functions, reverse, stability across multi-pass sorts), merges sorted runs with heapq.merge and keeps a ranking with bisect.insort; exercises the sort machinery and rich comparisons."""
# bench-quick-size: 500
import sys
import time
import bisect
import heapq
from operator import attrgetter, itemgetter

DEFAULT_SIZE = 14000
ITERATIONS = 10

FIRST = ["ada", "bo", "cy", "dee", "eli", "fay", "gus", "hal", "ivy", "jo", "kit", "lu"]
LAST = ["north", "south", "east", "west", "hill", "dale", "brook", "ford", "wood"]
MOD = 1000000007


class Record:
    __slots__ = ("rid", "name", "dept", "score", "age")

    def __init__(self, rid, name, dept, score, age):
        self.rid = rid
        self.name = name
        self.dept = dept
        self.score = score
        self.age = age

    def __lt__(self, other):
        return (self.score, self.rid) < (other.score, other.rid)


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 4) % n

    def unit(self):
        return self.below(1 << 24) / (1 << 24)


def make_records(rng, count):
    records = []
    for rid in range(count):
        name = FIRST[rng.below(len(FIRST))] + " " + LAST[rng.below(len(LAST))]
        dept = "d%02d" % rng.below(12)
        score = round(rng.unit() * 100, 3)
        age = 20 + rng.below(45)
        records.append(Record(rid, name, dept, score, age))
    return records


def fold_ids(h, ids):
    for x in ids:
        h = (h * 31 + x) % MOD
    return h


def sort_round(rng, count):
    h = 0
    records = make_records(rng, count)

    # stability: sort by a secondary key, then by the primary key; ties keep the secondary order
    by_name = sorted(records, key=attrgetter("name"))
    by_name.sort(key=attrgetter("dept"))
    h = fold_ids(h, [r.rid for r in by_name[::37]])

    # tuple keys with a reversed component, and reverse=True
    ranked = sorted(records, key=lambda r: (r.dept, -r.score, r.rid))
    h = fold_ids(h, [r.rid for r in ranked[::41]])
    oldest = sorted(records, key=lambda r: r.age, reverse=True)
    h = fold_ids(h, [r.rid for r in oldest[:50]])

    # natural order through __lt__
    natural = sorted(records[: count // 2])
    h = fold_ids(h, [r.rid for r in natural[::29]])

    # plain tuples and strings
    rows = [(r.dept, r.age, r.name, r.rid) for r in records]
    rows.sort()
    h = fold_ids(h, [row[3] for row in rows[::43]])
    rows.sort(key=itemgetter(2, 1), reverse=True)
    h = fold_ids(h, [row[3] for row in rows[::43]])
    words = [r.name.replace(" ", "-") + str(r.age) for r in records]
    words.sort(key=str.lower)
    h = fold_ids(h, [len(w) + ord(w[0]) for w in words[::53]])
    words.sort(key=len)
    h = fold_ids(h, [ord(w[-1]) for w in words[::53]])

    # floats: full sort, partial via heapq, and k-way merge of sorted runs
    floats = [rng.unit() * 1000 - 500 for _ in range(count)]
    ordered = sorted(floats)
    smallest = heapq.nsmallest(10, floats)
    if smallest != ordered[:10]:
        raise AssertionError("nsmallest")
    runs = [sorted(floats[k::4]) for k in range(4)]
    merged = list(heapq.merge(*runs))
    if merged != ordered:
        raise AssertionError("merge")
    h = fold_ids(h, [int(x * 1000) for x in ordered[::97]])
    by_abs = sorted(floats, key=abs)
    h = fold_ids(h, [int(x * 1000) for x in by_abs[::97]])

    # bisect: maintain a sorted leaderboard incrementally
    board = []
    for r in records[: count // 4]:
        bisect.insort(board, (r.score, r.rid))
    pos = bisect.bisect_left(board, (50.0, -1))
    h = fold_ids(h, [board[0][1], board[-1][1], pos, len(board)])
    return h


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    rng = Lcg(424242)
    total = 0
    hashes = []
    for i in range(ITERATIONS):
        t0 = time.perf_counter()
        h = sort_round(rng, size)
        hashes.append(h)
        total = (total * 1000003 + h) % MOD
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    print("rounds %d first %d last %d" % (len(hashes), hashes[0], hashes[-1]))
    print("checksum %d" % total)


main()
