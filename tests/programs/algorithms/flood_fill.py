# Recursive and iterative flood fill, counting islands and region sizes on a character grid.
import sys
raw = """\
..##....##..
.###...###..
..#........#
......###..#
##....#.#...
#.....###..#
"""
grid = [list(line) for line in raw.splitlines()]
H, W = len(grid), len(grid[0])

def fill_recursive(g, r, c, target, repl):
    if r < 0 or r >= H or c < 0 or c >= W or g[r][c] != target:
        return 0
    g[r][c] = repl
    return 1 + sum([fill_recursive(g, r + dr, c + dc, target, repl) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))])

def fill_stack(g, r, c, target, repl):
    stack = [(r, c)]
    count = 0
    while stack:
        r, c = stack.pop()
        if not (0 <= r < H and 0 <= c < W) or g[r][c] != target:
            continue
        g[r][c] = repl
        count += 1
        stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
    return count

work = [row[:] for row in grid]
label = "a"
sizes = {}
for r in range(H):
    for c in range(W):
        if work[r][c] == "#":
            sizes[label] = fill_recursive(work, r, c, "#", label)
            label = chr(ord(label) + 1)
print("islands:", len(sizes))
print("sizes:", sizes)
for row in work:
    print("".join(row))
work2 = [row[:] for row in grid]
outside = fill_stack(work2, 0, 0, ".", "~")
print("water connected to corner:", outside)
for row in work2:
    print("".join(row))
enclosed = [(r, c) for r in range(H) for c in range(W) if work2[r][c] == "."]
print("enclosed cells:", enclosed)
biggest = max(sizes, key=lambda k: sizes[k])
print("biggest island:", biggest, sizes[biggest])
print("recursion limit ok:", sys.getrecursionlimit() >= 1000)
