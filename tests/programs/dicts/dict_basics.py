# Checks dict creation forms, access, get, setdefault, len, membership and KeyError repr.
d = {"a": 1, "b": 2}
print(d, len(d), d["a"], d.get("b"), d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), ("n", 0)]), dict({"c": 3}, d=4), dict(zip("abc", range(3))))
print({}, {1: "one", 2: "two"}, {(1, 2): "tuple key", None: "none", 2.5: "float", True: "bool"})
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    {1: 2}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[""]
except KeyError as e:
    print(type(e).__name__, e)
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
d["a"] = 10
d["new"] = []
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print({1: "a", 1.0: "b"}, {"k": 1, "k": 2})
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
