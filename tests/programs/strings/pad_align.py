# Checks center/ljust/rjust/zfill/expandtabs and str multiplication.
for w in [0, 3, 7, 8]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, ".")), repr("ab".center(w, "-")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "12345".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)))
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100))
try:
    "abc".center(10, "ab")
except TypeError as e:
    print(type(e).__name__, e)
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
for name, price, qty in table:
    print(name.ljust(12) + str(price).rjust(6) + str(qty).center(5) + "|")
