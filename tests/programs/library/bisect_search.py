# bisect: bisect_left/right, insort variants, key= (3.10+), grading and range counting.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=4, hi=5))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 5.0)
print(b, [type(v).__name__ for v in b[5:9]])

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 59, 60]])

# key= support (3.10+)
recs = sorted([("x", 5), ("y", 1), ("z", 3), ("w", 9)], key=lambda r: r[1])
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("v", 4), key=lambda r: r[1])
print(recs)
words = sorted("delta alpha echo bravo charlie foxtrot".split(), key=len)
bisect.insort_left(words, "kilo", key=len)
print(words, bisect.bisect_left(words, 5, key=len))

try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)

# counting values in ranges with a sorted list
seed = 3
vals = []
for _ in range(2000):
    seed = (seed * 1103515245 + 12345) % (1 << 31)
    vals.append(seed % 10000)
vals.sort()
def count_range(lo, hi):
    return bisect.bisect_right(vals, hi) - bisect.bisect_left(vals, lo)
print([count_range(i * 1000, i * 1000 + 999) for i in range(10)], count_range(0, 9999))

# maintaining a sorted list incrementally and computing inversions via rank
sorted_so_far = []
inversions = 0
for i in range(800):
    x = (i * 7919) % 811
    pos = bisect.bisect_right(sorted_so_far, x)
    inversions += len(sorted_so_far) - pos
    sorted_so_far.insert(pos, x)
print("inversions", inversions, sorted_so_far[:5], sorted_so_far == sorted(sorted_so_far))

# longest increasing subsequence (patience sorting)
def lis(seq):
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
print("lis", lis(vals[::-1][:0] + [(i * 37) % 101 for i in range(1000)]), lis(range(50)), lis(range(50, 0, -1)))

# searching a monotonic function with bisect over a virtual sequence
class Squares:
    def __len__(self):
        return 10 ** 6
    def __getitem__(self, i):
        return i * i
sq = Squares()
print([bisect.bisect_left(sq, n) for n in [0, 1, 2, 99, 100, 101, 123456789]])
