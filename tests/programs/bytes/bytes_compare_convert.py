# Checks bytes ordering, sorting, hashing equality, int.from_bytes/to_bytes, and bytes from ints.
items = [b"b", b"a", b"ab", b"", b"\xff", b"B"]
print(sorted(items), max(items), min(items))
print(b"abc" < b"abd", b"ab" < b"abc", b"\x00" > b"", b"Z" < b"a")
print(bytes(2) == b"\x00\x00", b"a" * 0, b"abc"[1], b"abc"[1:2])
for n in [0, 1, 255, 256, 65535, 2 ** 32 - 1]:
    be = n.to_bytes(4, "big")
    le = n.to_bytes(4, "little")
    print(n, be, le, int.from_bytes(be, "big"), int.from_bytes(le, "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-2).to_bytes(2, "big", signed=True))
d = {b"key": 1}
print(d[b"key"], b"key" in d, "key" in d)
print(str(b"abc"), str(b"abc", "utf-8"), repr(b"it's"))
