# User objects as set members: value-hashed, deterministic ordering via sorted()
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)
pts = {P(1, 2), P(2, 1), P(1, 2), P(0, 0)}
print(len(pts), sorted(pts), P(2, 1) in pts, P(3, 3) in pts)
pts.add(P(0, 0))
pts.add(P(5, 5))
pts.discard(P(1, 2))
print(sorted(pts))
a = {P(i, i) for i in range(5)}
b = {P(i, i) for i in range(3, 8)}
print(sorted(a & b), sorted(a - b), len(a | b), sorted(a ^ b))
print({P(1, 1)} == {P(1, 1)}, {P(1, 1)} <= a, a.issuperset({P(0, 0)}), a.isdisjoint({P(9, 9)}))
try:
    pts.remove(P(7, 7))
except KeyError as e:
    print(type(e).__name__, e)
fs = frozenset([P(1, 1), P(1, 1)])
print(len(fs), {fs: "frozen"}[frozenset([P(1, 1)])])
# flood fill on a grid using a set of points
grid = ["#######", "#..#..#", "#..#..#", "#.##..#", "#.....#", "#######"]
seen = set()
stack = [P(1, 1)]
while stack:
    p = stack.pop()
    if p in seen or grid[p.y][p.x] == "#":
        continue
    seen.add(p)
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        stack.append(P(p.x + dx, p.y + dy))
print(len(seen), min(seen), max(seen))
# constant-hash members
class Same:
    def __init__(self, v): self.v = v
    def __hash__(self): return 0
    def __eq__(self, o): return isinstance(o, Same) and self.v == o.v
s = set()
for i in range(30):
    s.add(Same(i % 12))
print(len(s), sorted(x.v for x in s), Same(11) in s, Same(12) in s)
s.discard(Same(5))
print(len(s), Same(5) in s)
# mixing with builtins: P never equals a tuple
print(P(1, 2) in {(1, 2)}, (1, 2) in {P(1, 2)})
