# Checks bytes literals, repr escaping, indexing (ints), slicing, len, concatenation.
b = b"hello"
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]), type(b[0:1]))
print(b"", b"\x00\x01\x7f\x80\xff", b"tab\tnl\ncr\r", b"quote'", b'dq"', b"both'\"", b"\\")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"copy"))
print(b + b" world", b * 2, 2 * b"ab", b"ell" in b, 104 in b, 120 in b, b"" in b)
print(b == b"hello", b < b"help", b"a" < b"b", b"abc" == "abc", list(b"abc"))
print([x for x in b"AZ"], bytes([x + 1 for x in b"HAL"]))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    bytes("no encoding")
except TypeError as e:
    print(type(e).__name__, e)
