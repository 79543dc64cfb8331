# Checks slicing with negative steps and omitted/negative bounds on lists and strings.
s = "0123456789"
for sl in [(None, None, -1), (None, None, -2), (8, 2, -1), (8, 2, -3), (-1, -5, -1), (2, 8, -1), (None, 3, -1), (3, None, -1), (-3, None, -2), (None, -8, -2)]:
    a, b, c = sl
    print(sl, s[a:b:c], list(range(10))[a:b:c])
print(s[::-1][::-1] == s, s[-100:100], s[5:-100:-1], s[100:0:-1], s[-100::-1])
t = tuple(range(6))
print(t[::-1], t[4::-2], t[-1:0:-2], t[:0:-1])
lst = list("abcdefgh")
print(lst[-2::-3], lst[6:0:-2], lst[:-9:-1], lst[-9::-1], lst[::-100])
print("racecar"[::-1] == "racecar", "abc"[-1:-4:-1], "abc"[-1:-3:-1], "abc"[0:-1:-1])
