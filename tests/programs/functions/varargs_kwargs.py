# Checks *args and **kwargs collection, unpacking in calls, and keyword-only parameters.
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(a=1), collect(1, b=2, c=3))
print(collect(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
def kwonly(a, *, key, flag=False):
    return a, key, flag
print(kwonly(1, key="k"), kwonly(2, flag=True, key=0))
try:
    kwonly(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
def mixed(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, extra
print(mixed(1, c=3), mixed(1, 2, 3, 4, 5, c=6, e=7), mixed(*range(4), c="c", **{"z": 26}))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(*range(101)))
args = (1, 2)
kwargs = {"c": 3}
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*args, **kwargs), three(1, *[2, 3]), three(**{"a": 9, "b": 8, "c": 7}))
try:
    three(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    three(1, 2, **{"c": 3, "d": 4})
except TypeError as e:
    print(type(e).__name__, e)
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
