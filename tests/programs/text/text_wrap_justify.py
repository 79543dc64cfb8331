# Greedy word wrapping, full justification, centered banners and column layout.
text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
        "labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris "
        "nisi ut aliquip ex ea commodo consequat. Supercalifragilisticexpialidocious words exist too.")

def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines

def justify(line_words, width):
    if len(line_words) == 1:
        return line_words[0].ljust(width)
    gaps = len(line_words) - 1
    spaces = width - sum(map(len, line_words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line_words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + line_words[-1]

words = text.split()
for width in (30, 45):
    print(f"== width {width} ==")
    lines = wrap(words, width)
    for i, lw in enumerate(lines):
        s = justify(lw, width) if i < len(lines) - 1 else " ".join(lw)
        print(f"|{s:<{width}}| {len(lw)}")
banner = "PYJIT REPORT"
w = 40
print("+" + "-" * (w - 2) + "+")
print("|" + banner.center(w - 2) + "|")
print("|" + ("v" + "1.0").rjust(w - 3) + " |")
print("+" + "=" * (w - 2) + "+")
items = sorted(set([w.strip(".,").lower() for w in words]))[:24]
ncols = 4
colw = max(map(len, items)) + 2
nrows = -(-len(items) // ncols)
for r in range(nrows):
    row = []
    for c in range(ncols):
        idx = c * nrows + r
        if idx < len(items):
            row.append(items[idx].ljust(colw))
    print("".join(row).rstrip())
indent = "    "
para = "\n".join([indent + " ".join(l) for l in wrap(words[:20], 36)])
print(para)
print(para.count("\n") + 1, "lines;", len(para), "chars;", para.expandtabs(4) == para)
print("tab\tseparated\tvalues".expandtabs(8), "|", "a\tb".expandtabs(2))
print("Title Case Check".istitle(), "hello world".title(), "mIxEd".swapcase(), "ß".upper(), "İ".lower() == "i̇")
