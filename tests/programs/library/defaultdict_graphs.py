# defaultdict: word grouping, graph adjacency, nested counters.
from collections import defaultdict

text = """it was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief it was the epoch of incredulity
it was the season of light it was the season of darkness"""
words = text.split()

by_first = defaultdict(list)
for w in words:
    by_first[w[0]].append(w)
print(sorted((k, len(v)) for k, v in by_first.items()))

freq = defaultdict(int)
for w in words:
    freq[w] += 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])

anagrams = defaultdict(set)
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    anagrams["".join(sorted(w))].add(w)
print(sorted((k, sorted(v)) for k, v in anagrams.items()))

# missing key creates entry; get() does not
dd = defaultdict(list)
print(dd.get("a"), "a" in dd, dd["a"], "a" in dd, len(dd))
print(repr(defaultdict(int, {"x": 1})), defaultdict(int).default_factory is int)
plain = defaultdict()
try:
    plain["nope"]
except KeyError as e:
    print("KeyError", e)

# nested defaultdicts
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["x"] = 2
def todict(t):
    return {k: todict(v) if isinstance(v, defaultdict) else v for k, v in sorted(t.items())}
print(todict(root))

# graph: adjacency lists built from an edge list
edges = []
for i in range(200):
    a = (i * 37) % 60
    b = (i * 53 + 11) % 60
    if a != b:
        edges.append((a, b))
adj = defaultdict(set)
for a, b in edges:
    adj[a].add(b)
    adj[b].add(a)
print(len(adj), sum(len(v) for v in adj.values()))

def components(adj):
    seen = set()
    comps = []
    for start in sorted(adj):
        if start in seen:
            continue
        stack = [start]
        comp = []
        seen.add(start)
        while stack:
            n = stack.pop()
            comp.append(n)
            for m in adj[n]:
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        comps.append(sorted(comp))
    return comps

cs = components(adj)
print(len(cs), [len(c) for c in cs], cs[0][:10])

# topological sort of a DAG with in-degree counting
deps = defaultdict(list)
indeg = defaultdict(int)
for i in range(1, 120):
    for j in (i // 2, i // 3, i - 7):
        if 0 <= j < i:
            deps[j].append(i)
            indeg[i] += 1
order = []
ready = sorted(n for n in range(120) if indeg[n] == 0)
while ready:
    n = ready.pop(0)
    order.append(n)
    for m in deps[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
    ready.sort()
print(len(order), order[:15], order[-5:])

# co-occurrence matrix with defaultdict(lambda: defaultdict(int))
co = defaultdict(lambda: defaultdict(int))
for a, b in zip(words, words[1:]):
    co[a][b] += 1
print(sorted(co["was"].items()), sorted(co["of"].items())[:3])

# default_factory swapping and __missing__ in a subclass
dd = defaultdict(lambda: "?")
dd.default_factory = lambda: "!"
print(dd["k"], dict(dd))
class Counting(defaultdict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
c = Counting()
print(c["hello"], c["hi"], sorted(c.items()))
