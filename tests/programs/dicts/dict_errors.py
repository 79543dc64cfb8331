# Checks dict-related exception messages: KeyError for various key types, unhashable, bad dict() args.
d = {"a": 1}
for key in ["b", 2, (1, 2), None, 2.5, "quote'd", ""]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, str(e), repr(e))
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.get()
except TypeError as e:
    print(type(e).__name__, e)
