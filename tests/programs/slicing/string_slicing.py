# Checks string slicing idioms: reverse, palindromes, chunking, rotation, trimming extensions.
s = "Hello, World"
print(s[:5], s[7:], s[-5:], s[::-1], s[::2], s[1::2], s[-1], s[:-1])
word = "racecar"
print(word == word[::-1], "python"[::-1], "ab"[::-1] * 2)
text = "abcdefghijklmnopqrstuvwxyz"
print([text[i:i + 5] for i in range(0, len(text), 5)])
def rotate(st, n):
    n %= len(st)
    return st[n:] + st[:n]
print(rotate("abcdef", 2), rotate("abcdef", -1), rotate("abcdef", 8))
fname = "archive.tar.gz"
print(fname[:fname.find(".")], fname[fname.rfind(".") + 1:], fname[:-3])
date = "2024-03-15"
print(int(date[:4]), int(date[5:7]), int(date[8:]))
u = "日本語テキスト"
print(u[1:4], u[::-1], u[-2:], len(u[::2]))
print("abc"[5:10] == "", "abc"[-10:10], repr("abc"[2:1]))
