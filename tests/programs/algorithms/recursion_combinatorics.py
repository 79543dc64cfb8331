# Hand-written permutations, combinations, power set, n-queens and towers of Hanoi.
def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    with_first = [[first] + c for c in combinations(rest, k - 1)]
    return with_first + combinations(rest, k)

def power_set(items):
    out = [[]]
    for x in items:
        out += [s + [x] for s in out]
    return out

def n_queens(n):
    solutions = []
    cols = []
    def place(row, used_cols, diag1, diag2):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.append(c)
            place(row + 1, used_cols | {c}, diag1 | {row - c}, diag2 | {row + c})
            cols.pop()
    place(0, frozenset(), frozenset(), frozenset())
    return solutions

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves

perms = permutations("abc")
print(len(perms), ["".join(p) for p in perms])
print(len(permutations([1, 2, 3, 4, 5])), permutations([1, 2, 3, 4, 5])[-3:])
for k in range(5):
    cs = combinations([1, 2, 3, 4], k)
    print(f"C(4,{k}) = {len(cs)}: {cs}")
ps = power_set("xyz")
print(sorted(["".join(s) for s in ps], key=lambda s: (len(s), s)))
for n in range(1, 9):
    sols = n_queens(n)
    print(f"{n}-queens: {len(sols)} solutions, first={sols[0] if sols else None}")
board = n_queens(6)[0]
for c in board:
    print(" ".join(["Q" if i == c else "." for i in range(6)]))
moves = hanoi(4, "A", "C", "B", [])
print("hanoi(4) moves:", len(moves))
for disk, a, b in moves[:7]:
    print(f"  move disk {disk} from {a} to {b}")
pegs = {"A": [4, 3, 2, 1], "B": [], "C": []}
for disk, a, b in moves:
    top = pegs[a].pop()
    assert top == disk, (top, disk)
    if pegs[b]:
        assert pegs[b][-1] > disk
    pegs[b].append(top)
print("final pegs:", pegs)
