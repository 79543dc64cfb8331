# Checks list indexing, negative indices, item assignment, and IndexError/TypeError messages.
a = [10, 20, 30, 40]
print(a[0], a[-1], a[-4], a[3])
a[1] = "x"; a[-1] = "y"; print(a)
for i in [4, -5, 100]:
    try:
        print(a[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    a[4] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(a[True], a[False])
m = [[1, 2], [3, 4]]
m[0][1] = 99
print(m, m[1][-1], len(m), len(m[0]))
nested = [[]] * 3
nested[0].append(1)
print(nested)
fresh = [[] for _ in range(3)]
fresh[0].append(1)
print(fresh)
