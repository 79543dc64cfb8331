# Checks deterministic CPython ordering of small-int sets after adds/removes, and sorted() for strings.
s = set()
for v in [5, 3, 9, 1, 7]:
    s.add(v)
    print(s)
s.remove(9)
s.add(2)
print(s, list(s), len(s))
t = {10, 20, 30}
print(t, {1, 2, 3} | {0}, {8, 16, 0}, set(range(10, 0, -1)))
words = {"pear", "apple", "fig"}
print(sorted(words), len(words), "fig" in words)
u = {0, 1, 2}
u.discard(1)
u.add(1)
print(u)
print({-1, -2, -3}, {100, 1}, {3, 11, 19})
