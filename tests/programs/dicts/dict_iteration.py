# Checks iterating keys/values/items, views, and modifying-during-iteration error.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print(sum(d.values()), max(d, key=d.get), sorted(d.values(), reverse=True))
keys = d.keys()
d["four"] = 4
print(list(keys), len(keys), "four" in keys)
print(list(d.items())[1], list(reversed(d)))
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {i: i for i in range(5)}
for k in list(d2):
    if k % 2:
        del d2[k]
print(d2)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print(type(d.keys()), type(d.values()), type(d.items()))
print(d.keys() & {"one", "zzz"}, sorted(d.keys() - {"one"}))
