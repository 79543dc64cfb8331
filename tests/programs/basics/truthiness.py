# Checks truth values of builtin objects and and/or short-circuit return values.
values = [0, 1, -1, 0.0, -0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", b"\x00"]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default")
print(None or 0 or [] or "last")
print(1 and [] and 3)
print(not 0, not 1, not "", not [1])
def noisy(v, label):
    print("eval", label)
    return v
print(noisy(0, "a") and noisy(1, "b"))
print(noisy(1, "c") or noisy(1, "d"))
print(noisy(1, "e") and noisy(0, "f") or noisy(2, "g"))
