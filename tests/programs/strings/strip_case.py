# Checks strip family, case conversion, and predicate methods.
s = "  \t Hello World \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("cmowz."), "   ".strip() == "")
print("hello".upper(), "HeLLo".lower(), "hello world".title(), "hello WORLD".capitalize(), "HeLLo".swapcase())
print("they're bill's".title(), "ß".upper(), "ǅ".lower(), "İ".lower() == "i̇", len("İ".lower()))
print("ABC".casefold(), "Straße".casefold())
for t in ["abc", "ABC", "Abc", "123", "12.5", "", " ", "a1", "Ab Cd", "\t\n", "٣"]:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isupper(), t.islower(), t.isspace(), t.istitle(), t.isdecimal(), t.isnumeric(), t.isidentifier())
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("x"), "abc".removesuffix(""))
