# Checks str.split/rsplit/splitlines/join with edge arguments.
s = "  a  b\tc\nd  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "aaa".split("a"))
print("one::two::three".split("::"), "x".split("x", 0), "a b c".split(maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("l1\nl2\r\nl3\rl4\n".splitlines(), "l1\nl2\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "|".join(["only"]))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), " ".join(reversed(words)), "_".join([w.upper() for w in words if len(w) > 3]))
