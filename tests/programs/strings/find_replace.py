# Checks find/rfind/index/count/replace/startswith/endswith including edge cases.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"), s.find(""), s.rfind(""), s.find("o", 5, 8))
print(s.index("world"), s.rindex("o"), s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"))
try:
    s.index("nope")
except ValueError as e:
    print(type(e).__name__, e)
print(s.replace("hello", "bye"), s.replace("hello", "bye", 1), s.replace("", "-"), "aaa".replace("a", "bb"), "abc".replace("x", "y"))
print(s.replace("l", "", 2), "".replace("", "x"), "ab".replace("", "-", 1))
print(s.startswith("hello"), s.startswith(("x", "he")), s.endswith("python"), s.endswith("hello", 0, 5), s.startswith("world", 6))
print("abc".startswith(""), "".endswith(""), "abc"[5:].startswith(""))
print("a-b-c".find("-", -2), "abcabc".rfind("abc", 0, 5), "abc".find("c", -1), "x" * 3 in "xxxx")
print("mississippi".count("ss"), "mississippi".replace("ss", "SS"), "mississippi".rfind("ss"), "mississippi".index("i", 2))
