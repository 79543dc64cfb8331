# Checks text processing: word frequency with dicts, sorting by count then word, caesar cipher.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
counts = {}
for raw in text.split():
    w = raw.strip(",.").lower()
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:8]:
    print(f"{w:>12} {c}")
print(len(counts), sum(counts.values()))
def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3))
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(repr(s), is_pal(s))
vowels = sum([1 for c in text if c in "aeiou"])
print("vowels:", vowels)
letters = {}
for c in text.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
print(sorted(letters.items())[:6], max(letters, key=lambda k: (letters[k], k)))
