# Checks chained comparisons, identity/membership operators and evaluation count.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 4 > 3 > 3)
print(1 == 1.0 == True, 0 == False != None)
print(1 < 2 == 2, (1 < 2) == 2)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(3))
print(calls)
calls.clear()
print(f(3) < f(2) < f(1))
print(calls)
print(3 in [1, 2, 3], 4 not in [1, 2, 3], "ab" in "cabd", "" in "x")
a = [1]
b = [1]
print(a == b, a is b, a is not b, None is None)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 9, 9), "abc" < "abd", "Z" < "a")
print(1 < 2.5 < 3, -1 <= -1 < 0)
print(x == 5 and x != 6, 2 <= x <= 5 <= 5)
