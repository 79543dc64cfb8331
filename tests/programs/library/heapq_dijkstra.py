# heapq: push/pop/heapify/nlargest/nsmallest/merge/heapreplace/heappushpop, and Dijkstra.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, h[0])
print([heapq.heappop(h) for _ in range(3)], h)
data = [(i * 37) % 23 for i in range(23)]
heapq.heapify(data)
print(data[:5], all(data[(i - 1) // 2] <= data[i] for i in range(1, len(data))))
print(heapq.heapreplace(data, 100), heapq.heappushpop(data, -1), heapq.heappushpop(data, 50), data[0])
print(heapq.nlargest(4, range(50), key=lambda v: (v * 7) % 50), heapq.nsmallest(3, "heapqueue"))
print(heapq.nlargest(2, [{"n": 3}, {"n": 9}, {"n": 1}], key=lambda d: d["n"]), heapq.nsmallest(0, [1, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge(["a", "cc", "eee"], ["bb", "dddd"], key=len)), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

# heap sort and a stable priority queue with (priority, counter, item)
def heapsort(xs):
    h = list(xs)
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
vals = [(i * 7919) % 1009 for i in range(1500)]
print(heapsort(vals) == sorted(vals), heapsort(vals)[:5])

pq = []
for i, name in enumerate("write test deploy review plan code fix".split()):
    heapq.heappush(pq, ((len(name) % 3), i, name))
print([heapq.heappop(pq)[2] for _ in range(len(pq))])

# running median with two heaps
lo, hi = [], []
medians = []
seed = 1
for i in range(1001):
    seed = (seed * 48271) % 2147483647
    x = seed % 1000
    if not lo or x <= -lo[0]:
        heapq.heappush(lo, -x)
    else:
        heapq.heappush(hi, x)
    if len(lo) > len(hi) + 1:
        heapq.heappush(hi, -heapq.heappop(lo))
    elif len(hi) > len(lo):
        heapq.heappush(lo, -heapq.heappop(hi))
    medians.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
print(medians[:6], medians[-1], sum(medians))

# Dijkstra on a generated weighted grid graph
W, H = 30, 30
def weight(x, y):
    return 1 + (x * 7 + y * 13 + x * y) % 9

def dijkstra(src, dst):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    visited = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        if node == dst:
            break
        x, y = node
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < W and 0 <= ny < H:
                nd = d + weight(nx, ny)
                if nd < dist.get((nx, ny), 1 << 60):
                    dist[(nx, ny)] = nd
                    prev[(nx, ny)] = node
                    heapq.heappush(heap, (nd, (nx, ny)))
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    return dist[dst], len(path), len(visited)

print("dijkstra", dijkstra((0, 0), (W - 1, H - 1)), dijkstra((5, 20), (25, 3)))

# k-way merge of many sorted runs + top-k
runs = [sorted((i * j * 31) % 997 for j in range(40)) for i in range(1, 26)]
merged = list(heapq.merge(*runs))
print(len(merged), merged == sorted(merged), merged[500:505])
print(heapq.nlargest(5, merged), heapq.nsmallest(5, merged, key=lambda v: -v))
