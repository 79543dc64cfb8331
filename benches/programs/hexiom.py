"""hexiom: a Hexiom-style puzzle solver (place numbered tiles on a hexagonal grid so each tile's number equals its count of occupied neighbours) using constraint propagation over bitmask domains and backtracking, over many generated puzzles; exercises integer bit operations, list copying, nested loops and recursion."""
# bench-quick-size: 3
import sys
import time
import random

DEFAULT_SIZE = 130
ITERATIONS = 10

EMPTY = 7               # value index used for "no tile in this cell"
ALL_VALUES = 0xFF       # bits 0..6: tile numbers, bit 7: empty
TILE_BITS = 0x7F
SHOW = "0123456."

BIT_COUNT = [bin(m).count("1") for m in range(256)]
LOWEST = [0] * 256
for _m in range(1, 256):
    _v = 0
    while not (_m >> _v) & 1:
        _v += 1
    LOWEST[_m] = _v


class Contradiction(Exception):
    pass


class HexGrid:
    """The cells of a hexagon of the given radius, in axial coordinates, with neighbour lists."""

    DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))

    def __init__(self, radius):
        self.radius = radius
        self.coords = []
        for r in range(-radius, radius + 1):
            for q in range(-radius, radius + 1):
                if abs(q + r) <= radius:
                    self.coords.append((q, r))
        index = {c: i for i, c in enumerate(self.coords)}
        self.neighbours = []
        for q, r in self.coords:
            ns = []
            for dq, dr in self.DIRECTIONS:
                j = index.get((q + dq, r + dr))
                if j is not None:
                    ns.append(j)
            self.neighbours.append(tuple(sorted(ns)))
        self.size = len(self.coords)

    def render(self, values):
        lines = []
        for r in range(-self.radius, self.radius + 1):
            row = [SHOW[values[i]] for i, (q, rr) in enumerate(self.coords) if rr == r]
            lines.append(" " * abs(r) + " ".join(row))
        return "\n".join(lines)


class Puzzle:
    def __init__(self, grid, counts, fixed, name):
        self.grid = grid
        self.counts = counts          # counts[v] for v in 0..7 (7 = empty cells)
        self.fixed = fixed            # {cell: value} given in the puzzle
        self.name = name


def generate(rng, radius, density, hints, name):
    """A random occupied layout; its neighbour counts give the tiles; some cells are given."""
    grid = HexGrid(radius)
    n = grid.size
    occupied = [rng.random() < density for _ in range(n)]
    values = []
    for i in range(n):
        if occupied[i]:
            values.append(sum(1 for j in grid.neighbours[i] if occupied[j]))
        else:
            values.append(EMPTY)
    counts = [0] * 8
    for v in values:
        counts[v] += 1
    cells = list(range(n))
    rng.shuffle(cells)
    fixed = {c: values[c] for c in cells[:hints]}
    return Puzzle(grid, counts, fixed, name), values


class Solver:
    def __init__(self, puzzle):
        self.puzzle = puzzle
        self.grid = puzzle.grid
        self.neighbours = puzzle.grid.neighbours
        self.counts = puzzle.counts
        self.nodes = 0
        self.solutions = []

    def initial_domains(self):
        domains = []
        allowed = 0
        for v in range(8):
            if self.counts[v]:
                allowed |= 1 << v
        for i in range(self.grid.size):
            if i in self.puzzle.fixed:
                domains.append(1 << self.puzzle.fixed[i])
            else:
                # a tile can never show more than the number of neighbouring cells
                limit = (1 << (len(self.neighbours[i]) + 1)) - 1
                domains.append(allowed & (limit | (1 << EMPTY)))
        return domains

    def propagate(self, d):
        """Narrow the domains in place until nothing changes; raise Contradiction if unsolvable."""
        n = len(d)
        neighbours = self.neighbours
        counts = self.counts
        changed = True
        while changed:
            changed = False
            # counting rules: each value must be used exactly counts[v] times
            for v in range(8):
                bit = 1 << v
                decided = 0
                possible = 0
                for m in d:
                    if m & bit:
                        possible += 1
                        if m == bit:
                            decided += 1
                need = counts[v]
                if decided > need or possible < need:
                    raise Contradiction()
                if decided == need and possible > need:
                    for i in range(n):
                        if d[i] & bit and d[i] != bit:
                            d[i] &= ~bit
                            if not d[i]:
                                raise Contradiction()
                    changed = True
                elif possible == need and decided < need:
                    for i in range(n):
                        if d[i] & bit:
                            d[i] = bit
                    changed = True
            # neighbour rules
            for i in range(n):
                m = d[i]
                if m == 1 << EMPTY:
                    continue
                low = 0
                high = 0
                for j in neighbours[i]:
                    mj = d[j]
                    if mj & TILE_BITS:
                        high += 1
                        if not mj & (1 << EMPTY):
                            low += 1
                # a tile here must show a number in [low, high]
                keep = ((1 << (high + 1)) - 1) & ~((1 << low) - 1) | (1 << EMPTY)
                if m & ~keep:
                    m &= keep
                    if not m:
                        raise Contradiction()
                    d[i] = m
                    changed = True
                if m & (1 << EMPTY) or BIT_COUNT[m] != 1:
                    continue
                value = LOWEST[m]
                if value == low and high > low:
                    # every undecided neighbour must stay empty
                    for j in neighbours[i]:
                        mj = d[j]
                        if mj & TILE_BITS and mj & (1 << EMPTY):
                            d[j] = 1 << EMPTY
                            changed = True
                elif value == high and high > low:
                    # every possibly-occupied neighbour must hold a tile
                    for j in neighbours[i]:
                        mj = d[j]
                        if mj & TILE_BITS and mj & (1 << EMPTY):
                            d[j] = mj & TILE_BITS
                            changed = True

    def choose_cell(self, d):
        best = -1
        best_count = 99
        for i, m in enumerate(d):
            c = BIT_COUNT[m]
            if 1 < c < best_count:
                best = i
                best_count = c
                if c == 2:
                    break
        return best

    def search(self, d, limit):
        self.nodes += 1
        try:
            self.propagate(d)
        except Contradiction:
            return
        cell = self.choose_cell(d)
        if cell < 0:
            self.solutions.append([LOWEST[m] for m in d])
            return
        m = d[cell]
        v = 0
        while m and len(self.solutions) < limit:
            if m & 1:
                child = d[:]
                child[cell] = 1 << v
                self.search(child, limit)
            m >>= 1
            v += 1

    def solve(self, limit=50):
        self.search(self.initial_domains(), limit)
        return self.solutions


def check(grid, values, counts):
    used = [0] * 8
    for i, v in enumerate(values):
        used[v] += 1
        if v != EMPTY:
            if v != sum(1 for j in grid.neighbours[i] if values[j] != EMPTY):
                return False
    return used == counts


def make_puzzles(rng, count, first):
    puzzles = []
    for k in range(count):
        radius = 2 + (first + k) % 2
        cells = 3 * radius * (radius + 1) + 1
        density = 0.5 + 0.2 * rng.random()
        hints = cells // 3 + rng.randrange(3)
        puzzles.append(generate(rng, radius, density, hints, "p%d" % (first + k)))
    return puzzles


def make_unique(puzzle, original):
    """Add given cells from the generating layout until the puzzle has exactly one solution."""
    added = 0
    nodes = 0
    while True:
        solver = Solver(puzzle)
        solutions = solver.solve(limit=2)
        nodes += solver.nodes
        if len(solutions) < 2:
            return added, nodes
        first, second = solutions
        for cell in range(len(first)):
            if first[cell] != second[cell]:
                break
        puzzle.fixed[cell] = original[cell]
        added += 1


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    iterations = min(ITERATIONS, size)
    rng = random.Random(1234)
    solved = 0
    total_solutions = 0
    total_nodes = 0
    total_added = 0
    digest = 0
    shown = None
    made = 0
    for i in range(iterations):
        t0 = time.perf_counter()
        batch = size * (i + 1) // iterations - size * i // iterations
        for puzzle, original in make_puzzles(rng, batch, made):
            added, nodes = make_unique(puzzle, original)
            solver = Solver(puzzle)
            solutions = solver.solve()
            if solutions != [original]:
                raise AssertionError("unexpected solutions for %s" % puzzle.name)
            if not check(puzzle.grid, original, puzzle.counts):
                raise AssertionError("bad layout for %s" % puzzle.name)
            for v in solutions[0]:
                digest = (digest * 9 + v) % 1000000007
            digest = (digest * 31 + solver.nodes) % 1000000007
            solved += 1
            total_solutions += len(solutions)
            total_nodes += nodes + solver.nodes
            total_added += added
            if shown is None and puzzle.grid.radius == 3:
                shown = (puzzle, solutions[0])
        made += batch
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    print("puzzles %d solutions %d hints added %d nodes %d" % (solved, total_solutions, total_added, total_nodes))
    print("digest %d" % digest)
    if shown is not None:
        puzzle, solution = shown
        print("%s: %d given, tiles %s" % (puzzle.name, len(puzzle.fixed), " ".join(str(puzzle.counts[v]) for v in range(8))))
        print(puzzle.grid.render(solution))


main()
