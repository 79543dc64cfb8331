# Rational arithmetic with (num, den) tuples, continued fractions, Egyptian fractions, Stern-Brocot.
import math

def make(n, d=1):
    if d == 0:
        raise ZeroDivisionError(f"fraction {n}/0")
    g = math.gcd(n, d)
    if d < 0:
        g = -g
    return (n // g, d // g)

def add(a, b):
    return make(a[0] * b[1] + b[0] * a[1], a[1] * b[1])

def mul(a, b):
    return make(a[0] * b[0], a[1] * b[1])

def sub(a, b):
    return add(a, (-b[0], b[1]))

def div(a, b):
    return make(a[0] * b[1], a[1] * b[0])

def show(f):
    return str(f[0]) if f[1] == 1 else f"{f[0]}/{f[1]}"

def cont_frac(n, d):
    terms = []
    while d:
        q, r = divmod(n, d)
        terms.append(q)
        n, d = d, r
    return terms

def from_cf(terms):
    f = make(terms[-1])
    for t in reversed(terms[:-1]):
        f = add(make(t), div(make(1), f))
    return f

def egyptian(f):
    n, d = f
    parts = []
    while n:
        c = -(-d // n)
        parts.append(c)
        n, d = n * c - d, d * c
        g = math.gcd(n, d)
        if g:
            n, d = n // g, d // g
    return parts

half, third = make(1, 2), make(1, 3)
print(show(add(half, third)), show(sub(half, third)), show(mul(half, third)), show(div(half, third)))
print(show(make(10, -4)), show(make(-6, -9)), show(make(0, 5)), make(3, 1))
h = make(0)
for k in range(1, 21):
    h = add(h, make(1, k))
print("H(20) =", show(h), "~", h[0] / h[1])
s = make(0)
for k in range(1, 31):
    s = add(s, make(1, 2 ** k))
print("partial geometric:", show(s), show(sub(make(1), s)))
for n, d in ((415, 93), (649, 200), (103993, 33102), (1, 7), (math.isqrt(2 * 10**20), 10**10)):
    cf = cont_frac(n, d)
    print(f"{n}/{d} -> {cf} -> {show(from_cf(cf))}")
for f in (make(4, 13), make(6, 7), make(5, 121), make(2, 3)):
    parts = egyptian(f)
    print(show(f), "=", " + ".join([f"1/{p}" for p in parts]))

def stern_brocot_path(target, limit=40):
    lo, hi = (0, 1), (1, 0)
    path = ""
    while len(path) < limit:
        med = (lo[0] + hi[0], lo[1] + hi[1])
        if med == target:
            return path
        if target[0] * med[1] < med[0] * target[1]:
            hi, path = med, path + "L"
        else:
            lo, path = med, path + "R"
    return path + "..."
for t in ((3, 7), (5, 2), (1, 1), (13, 8)):
    print(t, stern_brocot_path(t))
try:
    div(half, make(0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sorted([make(1, 3), make(2, 7), make(3, 8), make(1, 2)], key=lambda f: f[0] / f[1]))
