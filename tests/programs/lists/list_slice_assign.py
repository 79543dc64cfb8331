# Checks slice assignment, deletion, extended-slice length mismatch error.
a = list(range(10))
a[2:5] = ["a", "b"]; print(a)
a[1:1] = [100, 200]; print(a)
a[-2:] = []; print(a)
a[:] = [7, 8, 9]; print(a)
b = list(range(10))
b[::2] = ["e"] * 5; print(b)
b[1::3] = "XYZ"; print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
c = list(range(8))
del c[::3]; print(c)
del c[5:1:-1]; print(c)
c[len(c):] = [42]; print(c)
d = [1, 2, 3]
d[5:10] = [4]; print(d)
d[-100:1] = [0]; print(d)
e = [1, 2, 3, 4]
e[3:1] = ["ins"]; print(e)
e[::-1] = [1, 2, 3, 4, 5]; print(e)
