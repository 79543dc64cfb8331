"""nqueens: count all N-queens solutions, both by filtering every permutation with set-size tests in generator expressions (the classic formulation) and by a recursive backtracking generator with occupied-diagonal sets; exercises generators, genexps, set construction and itertools.permutations."""
# bench-quick-size: 6
import sys
import time
from itertools import permutations

# size = the board size N
DEFAULT_SIZE = 8
ITERATIONS = 15


def permutation_queens(n):
    """Yield every queen placement (a column per row) that no two queens share a diagonal."""
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def backtrack_queens(n):
    """The same solutions, found row by row while tracking the attacked columns and diagonals."""
    columns = set()
    rising = set()
    falling = set()
    placed = []

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for col in range(n):
            if col in columns or row + col in rising or row - col in falling:
                continue
            columns.add(col)
            rising.add(row + col)
            falling.add(row - col)
            placed.append(col)
            yield from place(row + 1)
            placed.pop()
            columns.discard(col)
            rising.discard(row + col)
            falling.discard(row - col)

    return place(0)


def fingerprint(solutions):
    h = 0
    for sol in solutions:
        for c in sol:
            h = (h * 11 + c + 1) % 1000000007
    return h


def render(sol):
    n = len(sol)
    return ["".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n)]


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    n = size
    counts = []
    digest = 0
    last = None
    for i in range(ITERATIONS):
        t0 = time.perf_counter()
        by_perm = list(permutation_queens(n))
        # the backtracking solver alternates between boards of n + 1 and n + 2
        by_search = list(backtrack_queens(n + 1 + (i & 1)))
        if sorted(backtrack_queens(n)) != by_perm:
            raise AssertionError("solvers disagree")
        counts.append((len(by_perm), len(by_search)))
        digest = (digest * 7 + fingerprint(by_perm) + fingerprint(by_search)) % 1000000007
        last = by_search
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    print("solutions %d-queens: %d, %d-queens: %d, %d-queens: %d" % (
        n, counts[0][0], n + 1, counts[0][1], n + 2, counts[1][1]))
    print("rounds %d total %d digest %d" % (ITERATIONS, sum(a + b for a, b in counts), digest))
    for line in render(last[len(last) // 2]):
        print(line)

main()
