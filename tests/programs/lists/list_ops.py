# Checks list concatenation, repetition, comparison, membership, equality and identity.
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a != [1, 2])
c.append(4)
print(a, b)
print([1, 2] + [3], [1] * 0, [1, 2] * 2, 2 * ["a"])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 100], [1, [2]] == [1, [2]])
print(3 in a, 5 in a, [1] in [[1], 2], "a" in ["abc"])
print(len([]), len([[]]), list(), list("abc"), list(range(3)), list((1, 2)), list({"k": 1}))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
x = [1, 2]
y = x
x = x + [3]
print(x, y)
x = y
x += [3]
print(x, y)
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), sorted([4, 2, 8])[::-1])
r = [0, 1]
r.append(r)
print(r)
print(list(reversed(a)), a[::-1], list(enumerate(["x", "y"], 1)))
