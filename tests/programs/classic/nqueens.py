# N-Queens: the pyperformance bm_nqueens formulation (permutations + set-size filter in a
# generator expression), cross-checked against a backtracking generator.
from itertools import permutations


def permutations_own(iterable, r=None):
    # the pure-Python permutations from the original benchmark
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def n_queens(queen_count, perms=permutations):
    cols = range(queen_count)
    for vec in perms(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def backtrack(n, row=0, placed=()):
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from backtrack(n, row + 1, placed + (col,))


def render(sol):
    n = len(sol)
    return ["".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n)]


for n in range(1, 8):
    sols = list(n_queens(n))
    print(n, len(sols), sols[:2])

sols7 = list(n_queens(7, permutations_own))
print("own permutations agree:", sols7 == list(n_queens(7)))
bt = [list(backtrack(n)) for n in range(1, 9)]
print([len(s) for s in bt])
print("backtracking agrees:", sorted(bt[6]) == sorted(sols7))
for line in render(bt[7][0]):
    print(line)
checksum = 0
for sol in bt[7]:
    for r, c in enumerate(sol):
        checksum = (checksum * 31 + r * 8 + c) % 1000000007
print("checksum", checksum)
