# Elementary cellular automata (rules 30, 90, 110) using bit arithmetic and lists, with LCG noise.
def run_rule(rule, width, steps, seed_cells):
    cells = [0] * width
    for i in seed_cells:
        cells[i] = 1
    rows = []
    for _ in range(steps):
        rows.append("".join(["█" if c else " " for c in cells]).rstrip())
        nxt = []
        for i in range(width):
            left = cells[i - 1] if i > 0 else 0
            right = cells[i + 1] if i < width - 1 else 0
            idx = left << 2 | cells[i] << 1 | right
            nxt.append(rule >> idx & 1)
        cells = nxt
    return rows, cells

for rule in (30, 90, 110):
    rows, last = run_rule(rule, 31, 12, [30] if rule == 110 else [15])
    print(f"rule {rule} ({rule:08b}):")
    for r in rows:
        print("  |" + r)
    print("  live at end:", sum(last))

def lcg(seed):
    state = seed
    def nxt():
        nonlocal state
        state = (1103515245 * state + 12345) % 2**31
        return state
    return nxt

rand = lcg(2024)
vals = [rand() for _ in range(8)]
print("lcg:", vals)
print("mod 6 + 1:", [v % 6 + 1 for v in vals])
rand = lcg(7)
walk, pos, extremes = [], 0, [0, 0]
for step in range(60):
    pos += 1 if rand() & 0x10000 else -1
    walk.append(pos)
    extremes[0] = min(extremes[0], pos)
    extremes[1] = max(extremes[1], pos)
print("walk end:", pos, "extremes:", extremes)
lo = extremes[0]
for level in range(extremes[1], lo - 1, -1):
    print(f"{level:3} " + "".join(["*" if w == level else ("-" if level == 0 else " ") for w in walk]).rstrip())
counts = {}
rand = lcg(99)
for _ in range(6000):
    face = rand() % 6 + 1
    counts[face] = counts.get(face, 0) + 1
print("dice:", sorted(counts.items()), "chi-ish:", round(sum([(c - 1000) ** 2 / 1000 for c in counts.values()]), 3))
