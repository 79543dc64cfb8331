# Checks keyword-only params with/without defaults after *args, and argument binding order.
def fmt(*parts, sep=" ", end="", upper=False):
    s = sep.join([str(p) for p in parts]) + end
    return s.upper() if upper else s
print(repr(fmt()), fmt(1, 2, 3), fmt("a", "b", sep="-"), fmt("x", end="!", upper=True))
def req_kw(*, a, b=2, c):
    return a, b, c
print(req_kw(a=1, c=3), req_kw(c=0, b=9, a=8))
try:
    req_kw(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    req_kw(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    req_kw()
except TypeError as e:
    print(type(e).__name__, e)
def order(a, b=None, *args, c=10, **kw):
    return [a, b, args, c, sorted(kw.items())]
print(order(1), order(1, 2, 3, 4), order(a=5, c=6, z=7, y=8), order(*"xy", **{"c": "C", "q": 1}))
def defaults_evaluated_once(x, seen={}):
    seen[x] = seen.get(x, 0) + 1
    return dict(seen)
print(defaults_evaluated_once("a"), defaults_evaluated_once("b"), defaults_evaluated_once("a"))
