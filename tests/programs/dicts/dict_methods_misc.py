# Checks dict.get/setdefault/update/pop/copy/clear/fromkeys edge cases and view behaviours.
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)
e = {}
print(e.setdefault("x"), e, e.setdefault("x", 5), e)
e.update()
e.update({}, y=2)
print(e)
print(e.pop("x"), e.pop("nope", None), e)
c = e.copy()
e.clear()
print(e, c, len(c))
v = c.values()
c["z"] = 26
print(list(v), 26 in v, len(v))
items = c.items()
print(("z", 26) in items, ("z", 0) in items, sorted(items))
g = {"k": 1}
print(g.get("k", "dflt"), g.get("K", "dflt"), g.get("k") is not None)
nested = {}
nested.setdefault("a", {}).setdefault("b", []).append("leaf")
print(nested)
print(list({}.items()), list(dict(a=1).keys()), dict(zip([1, 2], [3, 4])).get(2))
