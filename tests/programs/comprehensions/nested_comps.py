# Checks deeply nested comprehensions, comprehension over comprehension, and evaluation order.
order = []
def tag(label, v):
    order.append(label + str(v))
    return v
res = [tag("x", x) * tag("y", y) for x in range(1, 3) for y in range(1, 3) if tag("c", x + y) != 3]
print(res)
print(order)
cube = [[[i * 100 + j * 10 + k for k in range(2)] for j in range(2)] for i in range(2)]
print(cube, cube[1][0][1])
flat = [v for plane in cube for row in plane for v in row]
print(flat)
print([[c for c in w] for w in ["ab", "", "c"]])
print({k: {v for v in range(k)} for k in range(4)})
print([x for x in [y * 2 for y in range(5)] if x % 3])
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join([str(v) for v in row]).center(30).rstrip())
