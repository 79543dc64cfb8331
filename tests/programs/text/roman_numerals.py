# Roman numeral conversion both ways, validation, and number-to-words spelling.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not isinstance(n, int) or not 0 < n < 4000:
        raise ValueError(f"cannot convert {n!r}")
    out = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)

def from_roman(s):
    single = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = single[ch]
        if i + 1 < len(s) and single[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (means {total})")
    return total

for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666):
    r = to_roman(n)
    print(f"{n:5} -> {r:<12} -> {from_roman(r)}")
for bad in (0, 4000, -5, 2.5, "12"):
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
for s in ("IIII", "VX", "MCMXCIV", "IC", "XLII"):
    try:
        print(s, from_roman(s))
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
try:
    from_roman("ABC")
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for div, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= div:
            q, r = divmod(n, div)
            return words(q) + " " + name + ((", " if r >= 100 else " and ") + words(r) if r else "")

for n in (0, 7, 13, 21, 40, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, -8, 2147483647):
    print(f"{n}: {words(n)}")
total_letters = sum([len(words(n).replace(" ", "").replace("-", "").replace(",", "")) for n in range(1, 1001)])
print("letters used 1..1000:", total_letters)
