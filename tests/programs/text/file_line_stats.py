# Reads its own source with `with open(...)`: line/word/char stats, longest lines, and a missing-file error.
import sys
path = sys.argv[0]
with open(path) as fh:
    text = fh.read()
print("closed after with:", fh.closed)
lines = text.splitlines()
print("lines:", len(lines), "chars:", len(text), "words:", len(text.split()))
with open(path, encoding="utf-8") as fh:
    first = fh.readline()
    rest = fh.readlines()
print("first line starts with '#':", first.startswith("#"), "remaining:", len(rest))
counts = {}
with open(path) as fh:
    for n, line in enumerate(fh, 1):
        stripped = line.strip()
        kind = "blank" if not stripped else "comment" if stripped.startswith("#") else "code"
        counts[kind] = counts.get(kind, 0) + 1
print("kinds:", sorted(counts.items()))
longest = sorted(enumerate(lines, 1), key=lambda p: (-len(p[1]), p[0]))[:3]
for n, line in longest:
    print(f"{n:3}: {len(line):3} {line[:40]!r}")
indent = {}
for line in lines:
    if line.strip():
        width = len(line) - len(line.lstrip(" "))
        indent[width] = indent.get(width, 0) + 1
print("indent histogram:", sorted(indent.items()))
try:
    with open(path + ".does-not-exist") as fh:
        print("unreachable")
except FileNotFoundError as e:
    print("FileNotFoundError:", type(e).__name__, e.errno, e.strerror)
except OSError as e:
    print("OSError", e)
def first_word_lengths(p):
    out = []
    with open(p) as f:
        for line in f:
            words = line.split()
            if words:
                out.append(len(words[0]))
            if len(out) == 10:
                return out
    return out
print(first_word_lengths(path))
