# collections.deque: rotate, maxlen, appendleft/popleft, used as a BFS queue.
from collections import deque

d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1], len(d))
d.appendleft(0)
d.append(6)
print(d, d.popleft(), d.pop(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, list(reversed(d)), d.count(7), d.index(7))
d.remove(7)
print(d, 3 in d, 99 in d)
d[1] = "x"
del d[0]
print(d, d * 2 if len(d) < 5 else len(d * 2))
d.clear()
print(d, bool(d))

m = deque(maxlen=3)
for i in range(7):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1)
print(m)
m.extend("ab")
print(m)
print(deque("abc", 0), deque(range(5), maxlen=2))

try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)

# sliding window maximum via monotonic deque
def window_max(xs, k):
    q = deque()
    out = []
    for i, x in enumerate(xs):
        while q and xs[q[-1]] <= x:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(xs[q[0]])
    return out

vals = []
seed = 17
for i in range(2000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    vals.append(seed % 1000)
wm = window_max(vals, 50)
print(len(wm), wm[:8], sum(wm))

# BFS on a grid maze
W, H = 40, 25
grid = []
for y in range(H):
    row = []
    for x in range(W):
        wall = (x * x * 7 + y * 13 + x * y) % 5 == 0 and not (x == 0 and y == 0) and not (x == W - 1 and y == H - 1)
        row.append("#" if wall else ".")
    grid.append(row)

def bfs(start, goal):
    dist = {start: 0}
    q = deque([start])
    while q:
        x, y = q.popleft()
        if (x, y) == goal:
            return dist[(x, y)], len(dist)
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < W and 0 <= ny < H and grid[ny][nx] == "." and (nx, ny) not in dist:
                dist[(nx, ny)] = dist[(x, y)] + 1
                q.append((nx, ny))
    return -1, len(dist)

print("bfs", bfs((0, 0), (W - 1, H - 1)))

# word ladder over a small dictionary
words = ["cold", "cord", "card", "ward", "warm", "worm", "word", "wood", "good", "gold",
         "bold", "bolt", "boat", "coat", "cost", "most", "mist", "wist", "warp", "wasp"]
def neighbours(w):
    for cand in words:
        if sum(a != b for a, b in zip(w, cand)) == 1:
            yield cand

def ladder(a, b):
    prev = {a: None}
    q = deque([a])
    while q:
        w = q.popleft()
        if w == b:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for n in neighbours(w):
            if n not in prev:
                prev[n] = w
                q.append(n)
print(ladder("cold", "warm"), ladder("gold", "coat"))

# Josephus with rotate
def josephus(n, k):
    q = deque(range(1, n + 1))
    order = []
    while q:
        q.rotate(-(k - 1))
        order.append(q.popleft())
    return order
j = josephus(500, 7)
print(j[:10], j[-1])
