# Caesar and Vigenere ciphers, ROT13 via str.maketrans, and frequency-based cracking.
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()

def caesar(text, shift):
    out = []
    for ch in text:
        if ch in LOWER:
            out.append(LOWER[(LOWER.index(ch) + shift) % 26])
        elif ch in UPPER:
            out.append(UPPER[(UPPER.index(ch) + shift) % 26])
        else:
            out.append(ch)
    return "".join(out)

def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[k % len(key)].lower()) - ord("a")
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)

msg = "Attack at Dawn! Meet me by the old Oak tree, 7 o'clock."
for s in (1, 3, 13, 25, -3, 52):
    enc = caesar(msg, s)
    print(f"shift {s:3}: {enc}")
    assert caesar(enc, -s) == msg
rot13 = str.maketrans(LOWER + UPPER, LOWER[13:] + LOWER[:13] + UPPER[13:] + UPPER[:13])
r = msg.translate(rot13)
print("rot13:", r, "| back:", r.translate(rot13) == msg)
v = vigenere(msg, "LEMON")
print("vigenere:", v)
print("decrypted:", vigenere(v, "LEMON", decrypt=True))

def crack(cipher):
    english = "etaoinshrdlu"
    scores = []
    for shift in range(26):
        cand = caesar(cipher, -shift).lower()
        score = 0
        for ch in cand:
            if ch in english:
                score += len(english) - english.index(ch)
        scores.append((score, shift))
    scores.sort(reverse=True)
    return scores[0][1], scores[:3]

secret = caesar("the quick brown fox jumps over the lazy dog and then sleeps there", 11)
print("secret:", secret)
shift, top3 = crack(secret)
print("cracked shift:", shift, "top:", top3)
print("plain:", caesar(secret, -shift))
table = str.maketrans({"a": "4", "e": "3", "o": "0", "t": None})
print("leet:", "a teapot on the table".translate(table))
print([ord(c) ^ 42 for c in "xor"], "".join([chr(ord(c) ^ 42) for c in "xor"]))
