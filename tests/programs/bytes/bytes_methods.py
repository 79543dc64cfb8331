# Checks bytes methods: decode/encode round trips, split/join/strip/replace/find/upper, hex/fromhex.
s = "naïve café 日本"
e = s.encode("utf-8")
print(e, len(e), len(s), e.decode("utf-8") == s, e.decode())
print("abc".encode(), "abc".encode("ascii"), "é".encode("utf-8"), b"\xc3\xa9".decode("utf-8"), "".encode())
try:
    "é".encode("ascii")
except UnicodeEncodeError as err:
    print(type(err).__name__, err)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as err:
    print(type(err).__name__, err)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), "é".encode("ascii", "replace"))
data = b"  key=value; other=thing  "
print(data.strip(), data.split(b";"), data.strip().split(b"="), b",".join([b"a", b"b"]))
print(data.replace(b"=", b":"), data.find(b"other"), data.count(b"e"), data.startswith(b"  k"), data.upper(), b"ABC".lower())
print(b"hello".hex(), bytes.fromhex("48656c6c6f"), b"\x00\xff".hex(), bytes.fromhex("de ad be ef"))
print(b"a b  c".split(), b"x".join([b"1", b"2", b"3"]), b"abc".center(7, b"*"), b"42".zfill(5))
print(b"Hello World".title(), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"a1".isalnum())
print(b"%s-%d" % (b"x", 5), b"ab".index(b"b"), b"abcabc".rfind(b"c"), b"a,b,,c".split(b","))
