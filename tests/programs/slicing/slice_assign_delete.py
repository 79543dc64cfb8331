# Checks slice assignment that grows/shrinks lists, extended slice assignment and deletion.
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[1:-1] = []
print(a)
b = list(range(10))
b[::3] = ["A", "B", "C", "D"]
print(b)
b[::-3] = [0, 0, 0, 0]
print(b)
del b[1::2]
print(b)
c = list("abcdef")
c[1:5:2] = "XY"
print(c)
try:
    c[::2] = "toolong"
except ValueError as e:
    print(type(e).__name__, e)
d = [1, 2, 3]
d[1:2] = d
print(d)
e = [1, 2, 3, 4, 5]
e[3:1:-1] = ["p", "q"]
print(e)
try:
    e[1:3] = 5
except TypeError as err:
    print(type(err).__name__, err)
f = list(range(5))
f[1:4] = range(10, 13)
print(f)
