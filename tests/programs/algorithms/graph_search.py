# BFS, DFS, Dijkstra (sorted-list frontier) and topological sort on dict graphs.
graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
    "G": {"A": 1},
}

def bfs(g, start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in sorted(g[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

def dfs(g, node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in sorted(g[node]):
        if nxt not in seen:
            dfs(g, nxt, seen)
    return seen

def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    frontier = [(0, src)]
    done = set()
    while frontier:
        frontier.sort()
        d, u = frontier.pop(0)
        if u in done:
            continue
        done.add(u)
        for v, w in g[u].items():
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                frontier.append((nd, v))
    return dist, prev

def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return "->".join(path[::-1])

def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted([n for n, d in indeg.items() if d == 0])
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in sorted(g[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out

print("bfs from A:", bfs(graph, "A"))
print("bfs from G:", bfs(graph, "G"))
print("dfs from A:", dfs(graph, "A"))
dist, prev = dijkstra(graph, "G")
for node in sorted(dist):
    print(f"  {node}: {dist[node]:3d} via {path_to(prev, node)}")
print("unreachable from A:", sorted(set(graph) - set(dijkstra(graph, "A")[0])))
print("topological order:", topo(graph))

grid = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]
rows, cols = len(grid), len(grid[0])
start = end = None
for r, line in enumerate(grid):
    for c, ch in enumerate(line):
        if ch == "S":
            start = (r, c)
        elif ch == "E":
            end = (r, c)
queue = [start]
came = {start: None}
while queue:
    cur = queue.pop(0)
    if cur == end:
        break
    r, c = cur
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in came:
            came[(nr, nc)] = cur
            queue.append((nr, nc))
path = []
node = end
while node is not None:
    path.append(node)
    node = came[node]
path.reverse()
print("maze path length:", len(path) - 1)
canvas = [list(line) for line in grid]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
for line in canvas:
    print("".join(line))
