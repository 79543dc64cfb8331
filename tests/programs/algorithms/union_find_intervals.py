# Union-find with path compression, Kruskal MST, and interval merging / scheduling.
def make_uf(n):
    parent = list(range(n))
    rank = [0] * n
    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root
    def union(a, b):
        ra, rb = find(a), find(b)
        if ra == rb:
            return False
        if rank[ra] < rank[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        if rank[ra] == rank[rb]:
            rank[ra] += 1
        return True
    return find, union, parent

find, union, parent = make_uf(10)
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (0, 2), (6, 9)]:
    print(f"union({a},{b}) -> {union(a, b)}; parent={parent}")
groups = {}
for i in range(10):
    groups.setdefault(find(i), []).append(i)
print("groups:", sorted(groups.values()))

edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"),
         (5, "C", "E"), (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
names = sorted({n for _, a, b in edges for n in (a, b)})
index = {n: i for i, n in enumerate(names)}
find2, union2, _ = make_uf(len(names))
mst, total = [], 0
for w, a, b in sorted(edges):
    if union2(index[a], index[b]):
        mst.append(f"{a}{b}:{w}")
        total += w
print("MST:", mst, "total", total)

def merge_intervals(iv):
    out = []
    for s, e in sorted(iv):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out

def max_non_overlapping(iv):
    chosen, end = [], float("-inf")
    for s, e in sorted(iv, key=lambda x: x[1]):
        if s >= end:
            chosen.append((s, e))
            end = e
    return chosen

for iv in ([(1, 3), (2, 6), (8, 10), (15, 18)], [(1, 4), (4, 5)], [(5, 7), (1, 2), (2, 3), (6, 9), (0, 1)], []):
    print("merge", iv, "->", merge_intervals(iv))
meetings = [(1, 4), (3, 5), (0, 6), (5, 7), (3, 9), (5, 9), (6, 10), (8, 11), (8, 12), (2, 14), (12, 16)]
print("schedule:", max_non_overlapping(meetings))
events = sorted([(s, 1) for s, e in meetings] + [(e, -1) for s, e in meetings])
cur = peak = 0
for t, delta in events:
    cur += delta
    peak = max(peak, cur)
print("rooms needed:", peak)
