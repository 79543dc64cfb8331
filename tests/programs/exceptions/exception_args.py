# Checks str/repr of exceptions with zero, one, or many args, and non-string args.
cases = [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(42), ValueError(None),
         ValueError(""), ValueError([1, 2]), KeyError("k"), KeyError(5), KeyError(), KeyError("a", "b"),
         IndexError("idx"), ZeroDivisionError("custom"), Exception("base", 1), RuntimeError("x\ny")]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args, "|", len(e.args))
e = ValueError("changed")
e.args = ("new", "args")
print(str(e), repr(e))
try:
    raise TypeError("with", "many", "args")
except TypeError as err:
    print(err, err.args[1])
