# Checks ValueError/TypeError messages for bad unpacking.
cases = [
    ("too many", lambda: [0 for a, b in [(1, 2, 3)]]),
    ("too few", lambda: [0 for a, b, c in [(1, 2)]]),
    ("empty", lambda: [0 for (a,) in [()]]),
    ("star too few", lambda: [0 for a, *b, c in [(1,)]]),
    ("non iterable", lambda: [0 for a, b in [5]]),
    ("string", lambda: [a for a, b in ["abc"]]),
    ("none", lambda: [0 for a, b in [None]]),
]
for label, fn in cases:
    try:
        fn()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
def unpack3(seq):
    a, b, c = seq
    return a + b + c
for seq in [(1, 2, 3), [1, 2], "abcd", range(3), {1: 0, 2: 0, 3: 0}]:
    try:
        print(repr(unpack3(seq)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    x, y = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
