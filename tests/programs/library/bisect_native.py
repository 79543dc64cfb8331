# bisect: the native search loop for lists (bounds, insort, mixed types, __lt__, errors).
import bisect, random
random.seed(3)
a = sorted(random.randrange(1000) for _ in range(500))
print([bisect.bisect(a, x) for x in (-1, 0, 5, 500, 999, 1000)], [bisect.bisect_left(a, x) for x in (-1, 0, 5, 500, 999, 1000)])
print(bisect.bisect_right(a, 500, 10, 20), bisect.bisect_left(a, 500, 400), bisect.bisect_left(a, 500, 0, -1))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
    bisect.insort_left(b, x + 0.5)
print(b)
print(bisect.bisect([1.0, 2.0, 3.0], 2), bisect.bisect_left(["a", "c"], "b"), bisect.bisect([(1, 2), (3, 4)], (3,)))
try:
    bisect.bisect_left(a, 3, -1)
except ValueError as e:
    print(e)
try:
    bisect.bisect([1, "a"], 2)
except TypeError as e:
    print(e)
try:
    bisect.bisect([1, 2], 1, 0, 10)
except IndexError as e:
    print(e)
print(bisect.bisect_right(a, 7, key=None), bisect.bisect(a, 50, 2**70 - 2**70, 30))
print(bisect.bisect((1, 2, 3), 2), bisect.bisect_left([[1], [2]], [1]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
ks = [K(i) for i in range(10)]
print(bisect.bisect(ks, K(4.5)), bisect.bisect_left(ks, K(4)))
