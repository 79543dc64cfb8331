# Checks keyword argument binding: defaults, keyword-only, positional-only, and CPython error messages.
def f(a, b=2, *, c=3, d): return (a, b, c, d)
def g(a, b=5, c=6): return (a, b, c)
def h(a, /, b): return (a, b)
print(f(1, d=4), f(1, c=9, d=0), f(b=7, a=1, d=2), g(1, c=3), g(c=1, a=2), g(1, 2, c=3))
for call in ["g(1, a=2)", "g(1, x=2)", "g(b=1)", "f(1, 2)", "h(a=1, b=2)", "h(1, b=2, a=3)", "g(1, 2, 3, c=4)", "f(1, c=1)"]:
    try: print(eval(call))
    except TypeError as e: print(call, "->", e)
