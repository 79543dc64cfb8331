# Checks every assignment form: chained, tuple, starred, augmented, subscript targets.
a = b = c = 7
print(a, b, c)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[s, t] = "st"
print(s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, tl = "abcdef"
print(h, mid, tl)
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n **= 3; print(n)
n %= 7; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 15; print(n)
f = 1.0
f /= 4; print(f)
lst = [0, 0, 0]
lst[0] = lst[1] = 9
lst[-1] += 4
print(lst)
d = {}
d["a"] = d["b"] = []
d["a"].append(1)
print(d, d["a"] is d["b"])
i = 0
lst2 = [10, 20, 30]
i, lst2[i] = 1, 99
print(i, lst2)
s2 = "ab"
s2 *= 3
print(s2)
t = (1,)
t += (2, 3)
print(t)
