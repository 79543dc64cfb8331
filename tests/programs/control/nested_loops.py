# Checks nested loops with break/continue at different levels and loop flags.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print((i, j), end=" ")
    print("| row", i)
found = None
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and a + b + c == 24:
            found = (a, b, c)
            break
    if found:
        break
print("triple", found)
table = []
for r in range(1, 6):
    row = []
    for c in range(1, 6):
        row.append(r * c)
    table.append(row)
for row in table:
    print(" ".join([f"{v:3d}" for v in row]))
count = 0
for x in range(10):
    for y in range(10):
        for z in range(10):
            if x + y + z == 10:
                count += 1
print("combinations", count)
