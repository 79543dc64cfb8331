# Checks range semantics: steps, negative steps, empty ranges, len/index/contains, repr, slicing.
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))
r = range(-5, 20, 4)
print(r, len(r), r[0], r[-1], r[2], 7 in r, 8 in r, r.index(11), r.count(3))
print(range(10)[2:8:2], range(10)[::-1], list(range(10)[::-3]), range(0, -10, -2)[1:])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(type(e).__name__)
print(len(range(0)), range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), bool(range(0)), bool(range(1)))
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(range(3) == range(0, 3), range(0) == range(5, 2), list(reversed(range(1, 8, 3))))
total = 0
for k in range(100, 0, -7):
    total += k
print(total, sum(range(1, 1001)), max(range(-3, 3)), min(range(7, 2, -1)))
