# Conway's Game of Life on a toroidal list-of-lists grid, tracking population and detecting cycles.
def parse(pattern):
    return [[1 if ch == "#" else 0 for ch in line] for line in pattern.strip().split("\n")]

def step(grid):
    h, w = len(grid), len(grid[0])
    new = [[0] * w for _ in range(h)]
    for r in range(h):
        for c in range(w):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % h][(c + dc) % w]
            new[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
    return new

def show(grid):
    return "\n".join(["".join(["#" if x else "." for x in row]) for row in grid])

glider = parse("""
.#........
..#.......
###.......
..........
..........
..........
..........
..........
""")
g = glider
for gen in range(5):
    print(f"gen {gen} pop={sum(map(sum, g))}")
    print(show(g))
    g = step(g)
blinker = parse("""
.....
..#..
..#..
..#..
.....
""")
seen = {}
g = blinker
for gen in range(10):
    key = tuple([tuple(row) for row in g])
    if key in seen:
        print(f"blinker cycle: gen {gen} repeats gen {seen[key]} (period {gen - seen[key]})")
        break
    seen[key] = gen
    g = step(g)
g = glider
history = {}
for gen in range(100):
    key = show(g)
    if key in history:
        print("glider grid state repeats at", gen, "first seen", history[key])
        break
    history[key] = gen
    g = step(g)
rpent = [[0] * 16 for _ in range(16)]
for r, c in ((6, 7), (6, 8), (7, 6), (7, 7), (8, 7)):
    rpent[r][c] = 1
pops = []
for _ in range(30):
    pops.append(sum([sum(row) for row in rpent]))
    rpent = step(rpent)
print("r-pentomino populations:", pops)
print(show(rpent))
