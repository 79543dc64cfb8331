# Tic-tac-toe minimax with memoization (dict keyed by board string) and scripted games.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
memo = {}

def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None

def minimax(b, player):
    key = b + player
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        result = (1 if w == "X" else -1, None)
    elif "." not in b:
        result = (0, None)
    else:
        best = None
        for i, ch in enumerate(b):
            if ch != ".":
                continue
            nb = b[:i] + player + b[i + 1:]
            score, _ = minimax(nb, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
        result = best
    memo[key] = result
    return result

def show(b):
    return "\n".join([" " + " | ".join(b[r * 3:r * 3 + 3]) for r in range(3)])

score, move = minimax("." * 9, "X")
print("empty board value:", score, "best first move:", move, "positions memoized:", len(memo))
board, player = "." * 9, "X"
while not winner(board) and "." in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    print(f"{player} plays {move}")
    player = "O" if player == "X" else "X"
print(show(board))
print("result:", winner(board) or "draw")
scripted = [4, 0, 8, 2, 1]
board, player = "." * 9, "X"
for m in scripted:
    if board[m] != ".":
        print("illegal", m)
        continue
    board = board[:m] + player + board[m + 1:]
    val, reply = minimax(board, "O" if player == "X" else "X")
    print(f"{player}@{m} -> value {val:+d}, suggested reply {reply}")
    player = "O" if player == "X" else "X"
    if winner(board):
        break
print(show(board))
print("winner:", winner(board))
outcomes = {1: 0, 0: 0, -1: 0}
for k, (v, _) in memo.items():
    if k.count(".") == 0:
        outcomes[v] += 1
print("terminal full boards by outcome:", outcomes)
