# Indexing, slicing and positional search on long non-ASCII strings (the offset index of
# non-ASCII text), checked at every position against ASCII-only reasoning.
s = "".join(chr(0x61 + i % 26) if i % 7 else chr(0xe9 + i % 40) for i in range(1000))
s += "\U0001f600" * 3 + "tail"
n = len(s)
print(n)
acc = 0
for i in range(n):
    acc = (acc * 31 + ord(s[i])) % 1000003
print(acc)
print(s[-1], s[-5], ord(s[-5]), s[::97][:12])
for a, b in [(0, 5), (31, 33), (32, 64), (63, 65), (990, 1003), (1000, 1007), (5, 5), (-8, -2)]:
    print(a, b, repr(s[a:b]))
print(s.find("\U0001f600"), s.find("tail", 900), s.find("a", 1001), s.rfind(chr(0xe9)))
print(s.count("a", 10, 500), s.count(chr(0xe9), 0, n), s.count("", 995, 1000))
print(s.startswith("tail", n - 4), s.startswith("\U0001f600", 1000), s.endswith("a", 0, 27))
print(s.index("z", 600), s.rindex("b", 0, 600))
pos = [i for i in range(0, n, 3) if s.startswith(s[i], i)]
print(len(pos))
t = "ab" * 100 + "é"
print(t[199], t[200], t.find("é"), t.find("b", 150, 170), t.count("ab", 3))
print(len({s[i:i + 3] for i in range(0, n, 2)}))
