# Checks type() reprs, isinstance with tuples, type equality, and callable.
values = [1, 1.0, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(2), slice(1), len, abs, print, Exception()]
for v in values:
    print(type(v))
print(isinstance(1, (str, int)), isinstance("a", (int, float)), isinstance(True, int), isinstance(1, bool))
print(type(1) is int, type(True) is int, type(True) is bool, type([]) == list, type(()) != tuple)
print(isinstance([], (list, tuple)), isinstance(None, type(None)), isinstance(3.0, float), isinstance(int, type))
def f():
    pass
print(type(f), type(lambda: 0), callable(f), callable(len), callable("s"), callable(int), callable(None))
print(type(type(1)), type(int), type(type))
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(int, float, str, list, dict, set, tuple, bool, type, ValueError)
print(type(iter([])), type(iter(range(1))), type(iter({})), type(iter(())))
print(type({}.keys()), type(zip), type(range))
