# Checks swaps, rotations, nested unpacking in for loops and dict items, and evaluation order.
a, b, c = "A", "B", "C"
a, b, c = b, c, a
print(a, b, c)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
i, lst[i] = 2, "x"
print(i, lst)
x = [0, 1]
x[0], x[x[0]] = 1, 5
print(x)
d = {"p": (1, 2), "q": (3, 4)}
for key, (lo, hi) in d.items():
    print(key, lo, hi, hi - lo)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a * b * c)
data = [("x", [1, 2, 3]), ("y", [4])]
for name, (first, *others) in data:
    print(name, first, others)
m, n = n, m = 1, 2
print(m, n)
p = q = [1, 2]
p, q = q, p
print(p is q)
