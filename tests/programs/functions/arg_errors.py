# Checks TypeError messages for bad calls: arity, unexpected kwargs, calling non-callables.
def f(a, b):
    return a + b
def g(x, *, y):
    return x + y
def h():
    return 0
five = 5
text = "str"
nothing = None
cases = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(b=1),
    lambda: g(1),
    lambda: g(1, 2),
    lambda: h(1),
    lambda: h(a=1),
    lambda: five(),
    lambda: text(),
    lambda: [1][0](),
    lambda: nothing(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
]
for i, c in enumerate(cases):
    try:
        c()
    except TypeError as e:
        print(i, type(e).__name__, e)
