# Palindrome detection (normalized, longest substring) and anagram grouping with sorted keys.
def normalize(s):
    return "".join([c.lower() for c in s if c.isalnum()])

def is_palindrome(s):
    n = normalize(s)
    return n == n[::-1]

def longest_palindrome(s):
    best = s[:1]
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best

phrases = ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?",
           "No 'x' in Nixon", "", "ab", "Step on no pets!", "12321", "123 21"]
for p in phrases:
    print(f"{p!r:35} palindrome={is_palindrome(p)!s:5} normalized={normalize(p)!r}")
for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "a", "noonracecar"]:
    print(f"longest palindrome in {s}: {longest_palindrome(s)}")
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god",
         "inlets", "banana", "Tinsel", "odg"]
groups = {}
for w in words:
    key = "".join(sorted(w.lower()))
    groups.setdefault(key, []).append(w)
for key, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{key:8} {len(members)} {members}")
singles = [m[0] for m in groups.values() if len(m) == 1]
print("no anagram partner:", singles)

def letter_counts(w):
    counts = {}
    for c in w:
        counts[c] = counts.get(c, 0) + 1
    return counts

def can_build(note, magazine):
    have = letter_counts(magazine)
    for c, n in letter_counts(note).items():
        if have.get(c, 0) < n:
            return False, c
    return True, None

print(can_build("aab", "baa"), can_build("hello", "oleh"), can_build("", "x"))
num_pals = [n for n in range(10, 2000) if str(n) == str(n)[::-1] and n % 11 != 0]
print(len(num_pals), num_pals[:10], num_pals[-3:])
bin_pals = [n for n in range(1, 600) if str(n) == str(n)[::-1] and bin(n)[2:] == bin(n)[2:][::-1]]
print("double-base palindromes:", bin_pals)
