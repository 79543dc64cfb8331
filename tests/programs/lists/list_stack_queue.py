# Checks using lists as stacks/queues: balanced brackets, RPN evaluator, BFS on a grid.
def balanced(s):
    stack = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ["()[]{}", "([)]", "((", "", "{[()()]}", "]"]:
    print(repr(s), balanced(s))
def rpn(tokens):
    st = []
    for t in tokens.split():
        if t in "+-*/":
            b, a = st.pop(), st.pop()
            st.append(a + b if t == "+" else a - b if t == "-" else a * b if t == "*" else a // b)
        else:
            st.append(int(t))
    return st[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("7 -2 /"))
grid = ["..#....",
        ".##.##.",
        "....#..",
        "#.#...#",
        "...#..."]
def bfs(start, goal):
    q = [start]
    dist = {start: 0}
    head = 0
    while head < len(q):
        r, c = q[head]; head += 1
        if (r, c) == goal:
            return dist[(r, c)]
        for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] == "." and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return -1
print(bfs((0, 0), (4, 6)), bfs((0, 0), (0, 1)), bfs((0, 0), (0, 0)))
