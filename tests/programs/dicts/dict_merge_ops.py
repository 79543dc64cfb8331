# Checks dict merging with | and |=, ** unpacking, copy vs alias, and equality.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b}, {**b, "x": 0, **a})
c = a.copy()
c |= b
print(a, c)
alias = a
alias["w"] = 0
print(a)
print(dict(a, **{"x": 100}), dict(**a))
print(a == {"w": 0, "y": 2, "x": 1}, a != b, {} == dict())
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
nested = {"inner": {"k": [1, 2]}}
shallow = nested.copy()
shallow["inner"]["k"].append(3)
print(nested)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
def f(**kw):
    return kw
print(f(**a, extra=1))
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print(type(e).__name__, e)
