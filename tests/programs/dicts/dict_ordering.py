# Checks insertion ordering after deletes, reinsertion, updates, and pop/popitem.
d = {}
for k in ["x", "a", "m", "b"]:
    d[k] = len(d)
print(d)
del d["a"]
print(d)
d["a"] = 99
print(d)
d["x"] = -1
print(d, list(d))
print(d.pop("m"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update({"q": 1, "x": 2})
d.update(r=3)
d.update([("s", 4)])
print(d)
n = {}
for i in range(10):
    n[i] = i * i
for i in range(0, 10, 2):
    del n[i]
n[0] = "back"
print(n)
e = {}
try:
    e.popitem()
except KeyError as err:
    print(type(err).__name__, err)
small = {3: "c", 1: "a", 2: "b"}
print(small, sorted(small), sorted(small.items(), key=lambda kv: kv[1], reverse=True))
m = {"b": 1, "a": 2}
m2 = {"a": 2, "b": 1}
print(m == m2, list(m) == list(m2))
