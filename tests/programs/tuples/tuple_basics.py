# Checks tuple construction, singleton syntax, repr, indexing, count/index, immutability.
t = (1, 2, 3)
print(t, (), (1,), 1, (1), tuple(), tuple([4, 5]), tuple("ab"), tuple(range(3)))
u = 4, 5
print(u, type(u), len(u), len(()), type(()))
print(t[0], t[-1], t[1:], t[::-1], t.count(2), t.index(3))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
m = ([1], [2])
m[0].append(10)
print(m)
print(t + (4,), t * 2, (0,) * 3, 3 in t, 7 not in t)
try:
    t + [4]
except TypeError as e:
    print(type(e).__name__, e)
print(((1, 2), (3, (4, 5))), ("a",), ("a"), (("x",),))
