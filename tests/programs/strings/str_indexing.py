# Checks indexing, len, iteration, ord/chr, membership, and immutability errors.
s = "Python"
print(s[0], s[-1], s[5], s[-6], len(s), len(""), len("héllo"), len("日本語"))
try:
    s[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "J"
except TypeError as e:
    print(type(e).__name__, e)
for ch in "abc":
    print(ch, ord(ch), end="; ")
print()
print(chr(65), chr(0x263A), chr(955), ord("€"), ord("\n"), repr(chr(0)), repr(chr(127)))
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
print("th" in s, "Py" not in s, "" in s, s + "3", s * 2)
print(list("héllo"), [c for c in "日本語"], "日本語"[1], "日本語"[::-1])
print(sorted("banana"), min("hello"), max("hello"), "".join(sorted("dcba")))
