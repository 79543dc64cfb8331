# string constants, Template, capwords, Formatter-free text processing with str methods.
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("  hello   wORLD  of python "), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}; $$5 costs $amount")
print(t.substitute(who="tim", what="kung pao", amount=5))
print(t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)

text = """It is a truth universally acknowledged, that a single man in possession
of a good fortune, must be in want of a wife. However little known the feelings
or views of such a man may be on his first entering a neighbourhood, this truth
is so well fixed in the minds of the surrounding families, that he is considered
the rightful property of some one or other of their daughters."""

# strip punctuation with translate, count words
table = str.maketrans("", "", string.punctuation)
words = text.translate(table).lower().split()
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8])

# caesar cipher and rot13 via maketrans
def caesar(s, k):
    lo = string.ascii_lowercase
    up = string.ascii_uppercase
    tr = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return s.translate(tr)
enc = caesar(text, 13)
print(enc[:60])
print(caesar(enc, 13) == text)

# character classes
cls = {"alpha": 0, "digit": 0, "space": 0, "punct": 0, "upper": 0}
for ch in text + " 12345 ABC":
    if ch.isalpha():
        cls["alpha"] += 1
    if ch.isdigit():
        cls["digit"] += 1
    if ch.isspace():
        cls["space"] += 1
    if ch in string.punctuation:
        cls["punct"] += 1
    if ch.isupper():
        cls["upper"] += 1
print(cls)

# formatting with str methods
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(w.ljust(10, ".") + str(n).rjust(4) + "|" + w.center(12, "*") + "|" + w.upper().zfill(8))
print("-".join(w.capitalize() for w in words[:6]), " ".join(words[:4]).title(), "ABC".swapcase())
print(text.count("of"), text.find("truth"), text.rfind("truth"), text.index("man"), text.find("zzz"))
print(text.splitlines()[1].strip().partition(","), "a=b=c".rpartition("="), "x,y,,z".split(","), "a b  c".split(" "))
print("  pad  ".strip(), "xxabcxx".strip("x"), "abc".lstrip("ab"), "path/to/file.py".rsplit("/", 1), "file.tar.gz".split(".", 1))
print("hello".startswith(("he", "x")), "hello".endswith("lo", 0, 5), "Hello World".istitle(), "abc123".isalnum(), "   ".isspace())
print("tab\tsep".expandtabs(4), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True), "3".zfill(4), "-3".zfill(4))
print("{:>8}|{:<6}|{:^7}|{:08.3f}|{:,}|{:x}|{:o}|{:b}|{:e}".format("r", "l", "c", 3.14159, 1234567, 255, 8, 5, 12345.678))
print("%5s|%-5s|%05d|%.2f|%x|%r|%c|%%" % ("a", "b", 42, 2.5, 255, "q", 65))

# hex/digit conversion using string constants
def to_base(n, b):
    digs = string.digits + string.ascii_uppercase
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digs[r] + out
    return out or "0"
print([to_base(n, b) for n, b in [(255, 16), (255, 2), (12345, 36), (0, 7), (10 ** 12, 36)]])
acc = 0
for i in range(1, 3000):
    s = to_base(i * 7919, 36)
    acc += int(s, 36) % 1000 + len(s)
print("base checksum", acc)
