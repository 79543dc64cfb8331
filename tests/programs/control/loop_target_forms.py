# Checks for-loop targets: tuple unpacking, starred, subscript and attribute-free targets, enumerate/zip.
pairs = [(1, "a"), (2, "b"), (3, "c")]
for n, s in pairs:
    print(n * s, end=" ")
print()
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
d = {}
for d["key"] in range(3):
    pass
print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst)
for i, (a, b) in enumerate(zip("ab", [10, 20]), start=1):
    print(i, a, b)
for x in "hi", "yo":
    print(x)
matrix = [[1, 2], [3, 4], [5, 6]]
for (a, b) in matrix:
    print(a + b, end=" ")
print()
for _ in range(2):
    print("underscore loop")
k = "untouched"
for k in []:
    pass
print(k)
