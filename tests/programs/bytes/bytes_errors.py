# Checks bytes-related TypeError/ValueError messages: mixing str and bytes, bad fromhex, bad decode.
cases = [
    ("concat", lambda: b"a" + "b"),
    ("concat rev", lambda: "a" + b"b"),
    ("in str", lambda: "a" in b"abc"),
    ("join str", lambda: b"".join(["a"])),
    ("fromhex", lambda: bytes.fromhex("zz")),
    ("decode", lambda: b"\xc3".decode("utf-8")),
    ("negative", lambda: bytes([-1])),
    ("float", lambda: bytes(2.5)),
    ("compare", lambda: b"a" < "b"),
    ("neg count", lambda: bytes(-1)),
]
for label, fn in cases:
    try:
        print(label, "ok", fn())
    except Exception as e:
        print(label, type(e).__name__, e)
print(b"a" == "a", b"" == "", bytes() == b"")
