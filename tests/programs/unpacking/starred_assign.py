# Checks starred assignment targets in various positions and with various iterables.
a, *b = [1, 2, 3]; print(a, b)
*a, b = (1, 2, 3); print(a, b)
a, *b, c = range(6); print(a, b, c)
a, *b, c = [1, 2]; print(a, b, c)
*a, = "xyz"; print(a)
[a, *b] = {"k": 1, "j": 2}; print(a, b)
(a, b), *c = [(1, 2), 3, 4]; print(a, b, c)
a, (b, *c), d = 1, [2, 3, 4], 5; print(a, b, c, d)
first, *_, last = "abcdefg"; print(first, last, _)
head, *tail = [0]; print(head, tail, type(tail))
*init, tail = (9,); print(init, tail)
x = [1, 2, 3, 4, 5]
while x:
    h, *x = x
    print(h, x)
