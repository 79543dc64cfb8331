# Checks tuple iteration, count/index with start/stop, len, min/max/sum, and tuple() of iterators.
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(len(t), t.count(5), t.count(7), t.index(1), t.index(1, 2), t.index(5, 5, 9))
print(min(t), max(t), sum(t), sorted(t), tuple(sorted(t)))
try:
    t.index(5, 9, 10)
except ValueError as e:
    print(type(e).__name__, e)
print(tuple(iter([1, 2])), tuple(map(str, t[:3])), tuple([x for x in t if x > 4]))
acc = ()
for x in range(4):
    acc += (x,)
print(acc, acc * 0, acc[1:3])
print([i for i, v in enumerate(t) if v == 5], list(zip(t[:3], t[3:6])))
