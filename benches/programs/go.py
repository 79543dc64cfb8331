"""go: 9x9 Go played by a small UCT Monte-Carlo tree search over seeded random playouts (captures, suicide and ko rules, eye avoidance, area scoring); exercises small-int list indexing, flood fills, object allocation and float arithmetic in tree selection."""
# bench-quick-size: 4
import sys
import time
import math
import random

DEFAULT_SIZE = 100
MOVES = 12          # main-loop iterations: one searched move each

SIZE = 9
NPOINTS = SIZE * SIZE
EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI = 7.5
MAX_GAME_MOVES = 3 * NPOINTS
EXPLORATION = 1.1
SHOW = ".XO"


def build_tables():
    neighbours = []
    diagonals = []
    for p in range(NPOINTS):
        x, y = p % SIZE, p // SIZE
        ns = []
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < SIZE and 0 <= ny < SIZE:
                ns.append(ny * SIZE + nx)
        ds = []
        for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < SIZE and 0 <= ny < SIZE:
                ds.append(ny * SIZE + nx)
        neighbours.append(tuple(ns))
        diagonals.append(tuple(ds))
    return neighbours, diagonals


NEIGHBOURS, DIAGONALS = build_tables()


def coord(p):
    if p == PASS:
        return "pass"
    return "ABCDEFGHJ"[p % SIZE] + str(SIZE - p // SIZE)


class Board:
    def __init__(self):
        self.cells = [EMPTY] * NPOINTS
        # the empty points, with each point's index in that list for O(1) removal
        self.empties = list(range(NPOINTS))
        self.empty_index = list(range(NPOINTS))
        self.to_move = BLACK
        self.ko = PASS
        self.passes = 0
        self.moves = 0
        self.captured = [0, 0, 0]

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.empties = self.empties[:]
        b.empty_index = self.empty_index[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.moves = self.moves
        b.captured = self.captured[:]
        return b

    def _take_empty(self, p):
        i = self.empty_index[p]
        last = self.empties.pop()
        if last != p:
            self.empties[i] = last
            self.empty_index[last] = i

    def _give_empty(self, p):
        self.empty_index[p] = len(self.empties)
        self.empties.append(p)

    def group(self, p):
        """The stones of the group at p, and whether it has at least one liberty."""
        cells = self.cells
        colour = cells[p]
        stones = [p]
        seen = {p}
        free = False
        i = 0
        while i < len(stones):
            for n in NEIGHBOURS[stones[i]]:
                c = cells[n]
                if c == EMPTY:
                    free = True
                elif c == colour and n not in seen:
                    seen.add(n)
                    stones.append(n)
            i += 1
        return stones, free

    def has_liberty(self, p):
        cells = self.cells
        colour = cells[p]
        stack = [p]
        seen = {p}
        while stack:
            q = stack.pop()
            for n in NEIGHBOURS[q]:
                c = cells[n]
                if c == EMPTY:
                    return True
                if c == colour and n not in seen:
                    seen.add(n)
                    stack.append(n)
        return False

    def is_eye(self, p, colour):
        """A (real-looking) one-point eye of `colour`: filling it is never useful in a playout."""
        cells = self.cells
        for n in NEIGHBOURS[p]:
            if cells[n] != colour:
                return False
        enemy = 0
        for d in DIAGONALS[p]:
            if cells[d] == 3 - colour:
                enemy += 1
        if len(DIAGONALS[p]) < 4:
            return enemy == 0
        return enemy <= 1

    def is_legal(self, p, colour):
        cells = self.cells
        if cells[p] != EMPTY or p == self.ko:
            return False
        for n in NEIGHBOURS[p]:
            if cells[n] == EMPTY:
                return True
        cells[p] = colour
        try:
            other = 3 - colour
            for n in NEIGHBOURS[p]:
                if cells[n] == other and not self.has_liberty(n):
                    return True      # captures something
            return self.has_liberty(p)   # otherwise it must not be suicide
        finally:
            cells[p] = EMPTY

    def play(self, p):
        colour = self.to_move
        self.moves += 1
        self.to_move = 3 - colour
        if p == PASS:
            self.passes += 1
            self.ko = PASS
            return
        self.passes = 0
        cells = self.cells
        cells[p] = colour
        self._take_empty(p)
        other = 3 - colour
        removed = 0
        last_removed = PASS
        for n in NEIGHBOURS[p]:
            if cells[n] == other:
                stones, free = self.group(n)
                if not free:
                    for s in stones:
                        cells[s] = EMPTY
                        self._give_empty(s)
                    removed += len(stones)
                    last_removed = stones[0]
        self.captured[colour] += removed
        if removed == 1 and self.group(p)[0] == [p]:
            self.ko = last_removed
        else:
            self.ko = PASS

    def legal_moves(self):
        colour = self.to_move
        return [p for p in sorted(self.empties)
                if not self.is_eye(p, colour) and self.is_legal(p, colour)]

    def random_move(self, rng):
        colour = self.to_move
        empties = self.empties
        n = len(empties)
        if n == 0:
            return PASS
        start = rng.randrange(n)
        for k in range(n):
            p = empties[(start + k) % n]
            if not self.is_eye(p, colour) and self.is_legal(p, colour):
                return p
        return PASS

    def game_over(self):
        return self.passes >= 2 or self.moves >= MAX_GAME_MOVES

    def score(self):
        """Area score from black's point of view (stones + surrounded empty points - komi)."""
        cells = self.cells
        counts = [0, 0, 0]
        for p in range(NPOINTS):
            c = cells[p]
            if c != EMPTY:
                counts[c] += 1
            else:
                owner = EMPTY
                for n in NEIGHBOURS[p]:
                    nc = cells[n]
                    if nc != EMPTY:
                        if owner == EMPTY:
                            owner = nc
                        elif owner != nc:
                            owner = -1
                            break
                if owner > 0:
                    counts[owner] += 1
        return counts[BLACK] - counts[WHITE] - KOMI

    def __str__(self):
        rows = []
        for y in range(SIZE):
            rows.append(" ".join(SHOW[c] for c in self.cells[y * SIZE:(y + 1) * SIZE]))
        return "\n".join(rows)


class Node:
    """A UCT tree node: the position reached by `move`, played by `mover`."""

    def __init__(self, move, mover, parent):
        self.move = move
        self.mover = mover
        self.parent = parent
        self.children = []
        self.untried = None
        self.wins = 0.0
        self.visits = 0

    def select_child(self):
        root_visits = math.sqrt(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = child.wins / child.visits + EXPLORATION * root_visits / (1 + child.visits)
            if value > best_value:
                best_value = value
                best = child
        return best

    def update(self, result):
        self.visits += 1
        self.wins += result


def playout(board, rng):
    while not board.game_over():
        board.play(board.random_move(rng))
    return board.score()


def uct_search(root_board, playouts, rng):
    root = Node(PASS, 3 - root_board.to_move, None)
    total_moves = 0
    for _ in range(playouts):
        node = root
        board = root_board.copy()
        # selection
        while node.untried is not None and not node.untried and node.children:
            node = node.select_child()
            board.play(node.move)
        # expansion
        if node.untried is None:
            node.untried = board.legal_moves()
        if node.untried and not board.game_over():
            move = node.untried.pop(rng.randrange(len(node.untried)))
            mover = board.to_move
            board.play(move)
            child = Node(move, mover, node)
            node.children.append(child)
            node = child
        # simulation
        score = playout(board, rng)
        total_moves += board.moves
        # back-propagation
        while node is not None:
            if node.mover == BLACK:
                node.update(1.0 if score > 0 else 0.0)
            else:
                node.update(1.0 if score < 0 else 0.0)
            node = node.parent
    if not root.children:
        return PASS, root, total_moves
    best = root.children[0]
    for child in root.children:
        if child.visits > best.visits:
            best = child
    return best.move, root, total_moves


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    rng = random.Random(20240611)
    board = Board()
    record = []
    simulated = 0
    checksum = 0
    for i in range(MOVES):
        t0 = time.perf_counter()
        move, root, moves = uct_search(board, size, rng)
        simulated += moves
        best = max(root.children, key=lambda c: c.visits) if root.children else None
        if best is not None:
            checksum = (checksum * 131 + best.visits * 7 + int(best.wins)) % 1000000007
        record.append(coord(move))
        board.play(move)
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    print("moves: " + " ".join(record))
    print("simulated moves %d search checksum %d captures %d/%d" % (simulated, checksum, board.captured[BLACK], board.captured[WHITE]))
    print(board)
    final = playout(board.copy(), rng)
    print("score after random finish %.1f" % final)


main()
