# Checks None and bool semantics: arithmetic with bools, repr, comparisons.
print(None, repr(None), str(None), type(None))
print(True + True, True * 10, False - 1, True / 2, -True, ~True, ~False)
print(True == 1, False == 0, True is True, type(True), isinstance(True, int))
print(int(True), float(False), str(True), repr(False))
print(True & False, True | False, True ^ True, type(True & True), type(True + 0))
print(bool(None), None == None, None == 0, None is not False)
print(sum([True, True, False, True]))
print([1, 2, 3][True], "ab"[False])
print(max(True, 0), min(False, -1))
print(hash(True), hash(False))
d = {1: "one", True: "true?", 0: "zero", False: "false?"}
print(d)
print(True << 3, 7 // True)
