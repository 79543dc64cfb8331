# Go-lite: random playouts on a small Go board (in the spirit of pyperformance bm_go): stone
# placement with captures, suicide and simple-ko checks, eye-filling avoidance, area scoring,
# and a tiny Monte Carlo move chooser. Seeded random, so the games are reproducible.
import random

SIZE = 7
EMPTY, BLACK, WHITE = 0, 1, 2
SHOW = ".XO"


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.neigh = []
        for p in range(SIZE * SIZE):
            x, y = p % SIZE, p // SIZE
            ns = []
            if x > 0: ns.append(p - 1)
            if x < SIZE - 1: ns.append(p + 1)
            if y > 0: ns.append(p - SIZE)
            if y < SIZE - 1: ns.append(p + SIZE)
            self.neigh.append(ns)
        self.ko = None
        self.captured = [0, 0, 0]
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.neigh = self.neigh
        b.ko, b.captured, b.moves = self.ko, self.captured[:], self.moves
        return b

    def group(self, p):
        colour = self.cells[p]
        stones, libs, stack = {p}, set(), [p]
        while stack:
            q = stack.pop()
            for n in self.neigh[q]:
                c = self.cells[n]
                if c == EMPTY:
                    libs.add(n)
                elif c == colour and n not in stones:
                    stones.add(n)
                    stack.append(n)
        return stones, libs

    def is_eye(self, p, colour):
        return all(self.cells[n] == colour for n in self.neigh[p])

    def legal(self, p, colour):
        if self.cells[p] != EMPTY or p == self.ko:
            return False
        self.cells[p] = colour
        try:
            other = 3 - colour
            for n in self.neigh[p]:
                if self.cells[n] == other and not self.group(n)[1]:
                    return True
            return bool(self.group(p)[1])
        finally:
            self.cells[p] = EMPTY

    def play(self, p, colour):
        self.cells[p] = colour
        other = 3 - colour
        removed = []
        for n in self.neigh[p]:
            if self.cells[n] == other:
                stones, libs = self.group(n)
                if not libs:
                    for s in stones:
                        self.cells[s] = EMPTY
                    removed.extend(stones)
        self.captured[colour] += len(removed)
        self.ko = removed[0] if len(removed) == 1 and len(self.group(p)[0]) == 1 else None
        self.moves += 1

    def candidates(self, colour):
        return [p for p in range(SIZE * SIZE)
                if self.cells[p] == EMPTY and not self.is_eye(p, colour) and self.legal(p, colour)]

    def score(self):
        counts = [0, 0, 0]
        for p, c in enumerate(self.cells):
            if c != EMPTY:
                counts[c] += 1
            else:
                around = {self.cells[n] for n in self.neigh[p]}
                if len(around) == 1:
                    counts[around.pop()] += 1
        return counts[BLACK] - counts[WHITE] - 2.5

    def __str__(self):
        return "\n".join("".join(SHOW[c] for c in self.cells[y * SIZE:(y + 1) * SIZE]) for y in range(SIZE))


def playout(board, colour, rng, limit=150):
    passes = 0
    while passes < 2 and board.moves < limit:
        cands = board.candidates(colour)
        if cands:
            board.play(rng.choice(cands), colour)
            passes = 0
        else:
            passes += 1
        colour = 3 - colour
    return board.score()


def best_move(board, colour, rng, tries=2):
    results = {}
    for p in board.candidates(colour)[:5]:
        total = 0.0
        for _ in range(tries):
            b = board.copy()
            b.play(p, colour)
            s = playout(b, 3 - colour, rng)
            total += s if colour == BLACK else -s
        results[p] = total / tries
    return max(sorted(results), key=lambda p: results[p]) if results else None


rng = random.Random(42)
wins = 0
scores = []
for game in range(10):
    b = Board()
    s = playout(b, BLACK, rng)
    scores.append(s)
    wins += s > 0
print("random games:", scores, "black wins", wins)
print("captures in last game", b.captured[1:], "moves", b.moves)
print(b)

b = Board()
colour = BLACK
for turn in range(4):
    mv = best_move(b, colour, rng)
    if mv is None:
        break
    b.play(mv, colour)
    print("turn", turn, SHOW[colour], "plays", (mv % SIZE, mv // SIZE))
    colour = 3 - colour
print(b)
print("final playout score", playout(b.copy(), colour, rng))
