# Checks comprehensions with function calls, exceptions mid-comprehension, and mutation of outer lists.
log = []
def f(x):
    log.append(x)
    return x * 10
vals = [f(x) for x in range(4) if x != 2]
print(vals, log)
outer = []
_ = [outer.append(i * i) for i in range(4)]
print(outer, _)
seen = set()
uniq = [x for x in [3, 1, 3, 2, 1] if not (x in seen or seen.add(x))]
print(uniq, sorted(seen))
partial = []
try:
    partial = [10 // x for x in [5, 2, 0, 1]]
except ZeroDivisionError as e:
    print("failed:", e, partial)
counts = {}
for c in "abca":
    counts[c] = counts.get(c, 0) + 1
print(counts)
matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    matrix[i][i] = 1
print(matrix)
