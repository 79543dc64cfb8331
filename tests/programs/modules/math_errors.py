# Checks math module error messages: domain errors, overflow, and type errors.
import math
tests = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("acos(2)", lambda: math.acos(2)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("isqrt(-4)", lambda: math.isqrt(-4)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("floor(nan)", lambda: math.floor(math.nan)),
    ("pow(0,-1)", lambda: math.pow(0, -1)),
    ("comb(3,5)", lambda: math.comb(3, 5)),
    ("comb(-1,2)", lambda: math.comb(-1, 2)),
]
for label, fn in tests:
    try:
        print(label, "=", fn())
    except (ValueError, OverflowError, TypeError) as e:
        print(label, "->", type(e).__name__, e)
