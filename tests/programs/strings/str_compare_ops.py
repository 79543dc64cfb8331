# Checks string comparison, concatenation, sorting, and type errors mixing str/int.
print("a" < "b", "a" < "B", "apple" < "apricot", "abc" < "abcd", "" < "a", "Z" < "a", "é" > "z")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print("abc" == "abc", len("abc") == 3, "a" + "b" + "c" == "abc", "ab" != "ba")
for expr in ["'a' + 1", "1 + 'a'", "'a' * 'b'", "'a' < 1", "'a' - 'b'"]:
    try:
        if expr == "'a' + 1":
            "a" + 1
        elif expr == "1 + 'a'":
            1 + "a"
        elif expr == "'a' * 'b'":
            "a" * "b"
        elif expr == "'a' < 1":
            "a" < 1
        else:
            "a" - "b"
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
print(max(["x", "yy", "z"]), min(["x", "yy", "z"], key=len), "abc" * 2 < "abd")
print(str(123) + str(4.5) + str(None) + str([1]) + str((2,)) + str({"k": 1}))
