# Rich comparisons, functools.total_ordering and sorting user objects.
import functools

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

a, b, c = Version("1.2.0"), Version("1.10"), Version("1.2.0")
print(a < b, a <= c, a > b, b >= a, a == c, a != b, a is c)
print(sorted([Version("2.0"), b, a, Version("0.9.9")]))
print(max(a, b), min([b, a, Version("1.1")]))
try:
    print(a < 3)
except TypeError as e:
    print("TypeError:", e)
print(a == 3, a != "1.2.0")

# Only __lt__ defined: sorted() works; > uses the reflection.
class Job:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, o):
        return (self.pri, self.name) < (o.pri, o.name)
    def __repr__(self):
        return "%s:%d" % (self.name, self.pri)

jobs = [Job(3, "c"), Job(1, "z"), Job(3, "a"), Job(2, "m"), Job(1, "b")]
print(sorted(jobs))
print(sorted(jobs, reverse=True))
print(sorted(jobs, key=lambda j: j.name))
print(sorted(jobs, key=lambda j: (-j.pri, j.name)))
print(Job(5, "x") > Job(2, "y"), Job(1, "a") > Job(1, "b"))
try:
    Job(1, "a") <= Job(2, "b")
except TypeError as e:
    print("TypeError:", e)
jobs.sort()
print(jobs, max(jobs), min(jobs))

# Comparison methods returning non-bools and logging reflected calls.
log = []
class Logged:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append("eq %s %s" % (self.v, getattr(o, "v", o)))
        return NotImplemented
    def __gt__(self, o):
        log.append("gt %s %s" % (self.v, getattr(o, "v", o)))
        return "yes"
x, y = Logged(1), Logged(2)
print(x == y, x == x, x < y, bool(x > y))
print(log)

# Stable sort of equal keys; chained comparisons.
recs = [(Version("1.%d" % (i % 3)), i) for i in range(9)]
print([i for _, i in sorted(recs, key=lambda r: r[0])])
print(Version("1.0") < Version("1.1") < Version("1.2") > Version("0.1"))

# Hot loop: insertion sort of user objects via __lt__.
items = [Version("%d.%d" % ((i * 7) % 13, (i * 3) % 5)) for i in range(60)]
ops = 0
for round_ in range(5):
    arr = items[round_:] + items[:round_]
    for i in range(1, len(arr)):
        j = i
        while j > 0 and arr[j] < arr[j - 1]:
            arr[j], arr[j - 1] = arr[j - 1], arr[j]
            j -= 1
            ops += 1
print(ops, arr[:5], arr[-3:], arr == sorted(items))
