# Checks nested dict structures: building trees, graph adjacency, DFS/topological sort.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def dfs(node, seen, order):
    seen[node] = True
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen, order)
    order.append(node)
order = []
dfs("a", {}, order)
print(order, order[::-1])
indeg = {n: 0 for n in graph}
for n in graph:
    for m in graph[n]:
        indeg[m] += 1
print(indeg)
queue = [n for n in graph if indeg[n] == 0]
topo = []
while queue:
    n = queue.pop(0)
    topo.append(n)
    for m in graph[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            queue.append(m)
print(topo)
tree = {}
for path in ["usr/bin/python", "usr/lib/x", "etc/hosts", "usr/bin/ls"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def show(t, indent=0):
    for k in sorted(t):
        print("  " * indent + k)
        show(t[k], indent + 1)
show(tree)
config = {"db": {"host": "localhost", "port": 5432}, "debug": False}
print(config["db"]["port"], config.get("db", {}).get("user", "root"))
