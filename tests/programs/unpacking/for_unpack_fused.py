# `for a, b in zip(...)` / `enumerate(...)` / `d.items()` (run fused with the unpacking): the
# values, exhaustion, what the zipped iterators have consumed, errors, and lists growing meanwhile.
xs = [1, 2, 3, 4]
ys = (10, 20, 30)
print([(x, y) for x, y in zip(xs, ys)])
total = 0
for x, y in zip(range(5), xs):
    total += x * y
print(total)
a, b = iter(xs), iter(ys)
for x, y in zip(a, b):
    pass
print(list(a), list(b))          # zip took 4 from `a` before seeing `b` was exhausted
a, b = iter([1, 2]), iter([5, 6, 7, 8])
for x, y in zip(a, b):
    pass
print(list(a), list(b))
for i, (p, q) in enumerate(zip("ab", "cd")):
    print(i, p, q)
for i, v in enumerate(xs, 2 ** 62):
    last = (i, v)
print(last)
for i, v in enumerate(xs, 2 ** 63 - 2):
    print(i, v)
e = enumerate([7, 8])
for i, v in e:
    pass
print(list(e))
d = {"x": 1, "y": 2, "z": 3}
for k, v in d.items():
    print(k, v)
try:
    for k, v in d.items():
        d["w" + k] = v
except RuntimeError as err:
    print("RuntimeError:", err)
grow = [1, 2]
for i, v in enumerate(grow):
    if len(grow) < 6:
        grow.append(v * 10)
print(grow)
z = zip([1, 2], [3, 4])
for p, q in z:
    pass
print(list(z))
try:
    for p, q in zip([1], [2], [3]):
        pass
except ValueError as err:
    print("ValueError:", err)
try:
    for p, q, r in enumerate([1]):
        pass
except ValueError as err:
    print("ValueError:", err)
try:
    for p, q in zip([1, 2], [3], strict=True):
        pass
except ValueError as err:
    print("ValueError:", err)
print(sum(p * q for p, q in zip(range(100), range(100, 200))))
for (p, q) in [(1, 2), (3, 4)]:
    print(p + q)
t = (5, 6)
p, q = t
print(p, q)
