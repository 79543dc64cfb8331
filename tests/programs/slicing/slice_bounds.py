# Checks slice clamping, empty slices, out-of-range bounds, zero step error, and slice objects.
lst = [10, 20, 30, 40, 50]
print(lst[1:3], lst[:2], lst[3:], lst[:], lst[-2:], lst[:-2], lst[10:], lst[-10:2], lst[3:1], lst[2:2])
print(lst[::2], lst[1::2], lst[::10], lst[-1:], lst[-1:-1])
try:
    lst[::0]
except ValueError as e:
    print(type(e).__name__, e)
sl = slice(1, 4)
print(sl, lst[sl], slice(None), slice(5), slice(1, None, -1), lst[slice(None, None, -1)])
print(sl.start, sl.stop, sl.step, slice(2, 10, 3).indices(5), slice(None, None, -1).indices(4))
print("hello"[sl], (1, 2, 3, 4, 5)[sl], range(10)[sl])
cp = lst[:]
cp[0] = "changed"
print(lst[0], cp[0], lst[:] == lst, lst[:] is lst)
try:
    lst["a":"b"]
except TypeError as e:
    print(type(e).__name__, e)
print(lst[True:], lst[:False], lst[-True:])
big = list(range(100))
print(big[10 ** 20:], big[-(10 ** 20):3], big[::33])
