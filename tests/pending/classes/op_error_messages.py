# TypeError messages for unsupported operations between user classes and builtins
class A: pass
class B: pass
a, b = A(), B()
binops = [
    ("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y),
    ("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y),
    ("**", lambda x, y: x ** y), ("@", lambda x, y: x @ y), ("<<", lambda x, y: x << y),
    (">>", lambda x, y: x >> y), ("&", lambda x, y: x & y), ("|", lambda x, y: x | y),
    ("^", lambda x, y: x ^ y), ("divmod", lambda x, y: divmod(x, y)), ("pow3", lambda x, y: pow(x, y, 5)),
]
for name, fn in binops:
    for x, y in ((a, b), (a, 1), (2.5, a)):
        try:
            fn(x, y)
        except TypeError as e:
            print(name, "|", e)
cmps = [("<", lambda x, y: x < y), ("<=", lambda x, y: x <= y), (">", lambda x, y: x > y), (">=", lambda x, y: x >= y)]
for name, fn in cmps:
    for x, y in ((a, b), (a, 1), ("s", a)):
        try:
            fn(x, y)
        except TypeError as e:
            print(name, "|", e)
unary = [("neg", lambda x: -x), ("pos", lambda x: +x), ("inv", lambda x: ~x), ("abs", lambda x: abs(x)),
         ("len", lambda x: len(x)), ("iter", lambda x: iter(x)), ("hash-ok", lambda x: hash(x) and 0),
         ("call", lambda x: x()), ("getitem", lambda x: x[0]), ("int", lambda x: int(x)), ("float", lambda x: float(x)),
         ("index", lambda x: [1][x]), ("reversed", lambda x: reversed(x)), ("next", lambda x: next(x))]
for name, fn in unary:
    try:
        fn(a)
        print(name, "ok")
    except TypeError as e:
        print(name, "|", e)
aug = [("+=", "x += 1"), ("-=", "x -= 1"), ("*=", "x *= 1"), ("@=", "x @= 1"), ("|=", "x |= 1"), ("**=", "x **= 1")]
x = a
for name, _ in aug:
    try:
        if name == "+=": x += 1
        elif name == "-=": x -= 1
        elif name == "*=": x *= 1
        elif name == "@=": x @= 1
        elif name == "|=": x |= 1
        else: x **= 1
    except TypeError as e:
        print(name, "|", e)
# builtin on the left, user class on the right
for fn in (lambda: [1] + a, lambda: (1,) + a, lambda: "s" * a, lambda: {1: 2} | a, lambda: 1 - a, lambda: None + a):
    try:
        fn()
    except TypeError as e:
        print("builtin-left |", e)
