# Checks * and ** in calls and in list/tuple/set/dict displays.
def show(*args, **kwargs):
    print("args", args, "kwargs", kwargs)
show(*[1, 2], 3, *(4,), *"ab")
show(**{"a": 1}, b=2, **{"c": 3})
show(*range(3), x=1, **dict(y=2))
print([*range(3), *"ab", 9], (*[1], *[2, 3]), (*"x",), [*[], *()])
print({*[1, 2], *(2, 3), 4}, {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}})
print([*{5: "x", 6: "y"}], {*{}}, {**{}})
parts = ["2024", "01", "15"]
print("-".join([*parts]), max(*[3, 9, 1]), min(*"hello"), print(*[], sep="x"))
def total(a, b, c=0, *rest):
    return a + b + c + sum(rest)
print(total(*[1, 2]), total(*[1, 2, 3, 4, 5]), total(1, *[2], *[3, 4]))
try:
    show(**{1: "bad key"})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**[1])
except TypeError as e:
    print(type(e).__name__, e)
