# Checks set construction, printing small-int sets, add/remove/discard/pop and errors.
s = {3, 1, 2, 3, 1}
print(s, len(s), set(), set([5, 5, 4]), set(range(5)), set((9, 8)))
s.add(10); s.add(1)
print(s)
s.discard(2); s.discard(99)
print(s)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
e = set()
try:
    e.pop()
except KeyError as err:
    print(type(err).__name__, err)
print(1 in s, 2 in s, {1, 2} == {2, 1}, {1} != {1, 2}, {True, 1, 1.0})
letters = set("mississippi")
print(sorted(letters), len(letters))
try:
    {[1, 2]}
except TypeError as err:
    print(type(err).__name__, err)
s.clear()
print(s, {0}, {-1, -2, 5})
u = {100, 7, 33, 64, 2}
print(u, sorted(u), min(u), max(u), sum(u))
