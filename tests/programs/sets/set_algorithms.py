# Checks sets in algorithms: dedupe, two-sum, connected components, anagram grouping.
nums = [4, 1, 4, 9, 1, 7, 9, 9]
print(sorted(set(nums)), len(set(nums)))
def two_sum(xs, target):
    seen = set()
    out = []
    for x in xs:
        if target - x in seen:
            out.append((target - x, x))
        seen.add(x)
    return out
print(two_sum([2, 7, 11, 15, -2, 9, 4], 13))
edges = [(1, 2), (2, 3), (4, 5), (6, 6), (7, 5)]
nodes = set()
for a, b in edges:
    nodes.add(a); nodes.add(b)
adj = {n: set() for n in nodes}
for a, b in edges:
    adj[a].add(b); adj[b].add(a)
seen = set()
comps = []
for n in sorted(nodes):
    if n in seen:
        continue
    stack = [n]
    comp = set()
    while stack:
        x = stack.pop()
        if x in comp:
            continue
        comp.add(x)
        stack.extend(adj[x] - comp)
    seen |= comp
    comps.append(sorted(comp))
print(comps)
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted([sorted(g) for g in groups.values()]))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
print({x % 5 for x in range(20)}, {1, 2, 3} & set(range(2, 100)))
