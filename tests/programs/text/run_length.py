# Run-length encoding/decoding for strings and bytes, with round-trip checks and errors.
def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)

def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if not num:
                raise ValueError(f"missing count before {ch!r}")
            out.append(ch * int(num))
            num = ""
    if num:
        raise ValueError("dangling count " + num)
    return "".join(out)

def rle_bytes(data):
    out = []
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)

def unrle_bytes(data):
    out = b""
    for i in range(0, len(data), 2):
        out += bytes([data[i + 1]]) * data[i]
    return out

samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "", "x",
           "abc", "zzzzzzzzzzzz", "112223333"]
for s in samples:
    enc = rle_encode(s)
    ratio = len(enc) / len(s) if s else 0.0
    print(f"{s[:20]!r:24} -> {enc!r:30} ratio={ratio:.2f} ok={rle_decode(enc) == s if not any([c.isdigit() for c in s]) else 'n/a'}")
for bad in ["3a2", "a3b", "12"]:
    try:
        print(rle_decode(bad))
    except ValueError as e:
        print("error:", e)
blob = b"\x00" * 300 + b"ABBA" + b"\xff" * 5
packed = rle_bytes(blob)
print(len(blob), len(packed), packed[:8], list(packed[-6:]))
print(unrle_bytes(packed) == blob)
print(rle_bytes(b"hello"), unrle_bytes(b"\x03a\x02b"))
groups = []
s = "mississippi"
i = 0
while i < len(s):
    j = i
    while j < len(s) and s[j] == s[i]:
        j += 1
    groups.append((s[i], j - i))
    i = j
print(groups, max(groups, key=lambda g: g[1]))
