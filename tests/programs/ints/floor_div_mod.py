# Checks floor division and modulo with every sign combination, and divmod.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5), (6, 3), (-6, 3), (6, -3)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)
print(-17 // 5, -17 % 5, 17 // -5, 17 % -5)
print(divmod(-(10**20), 7), divmod(10**20, -7))
print((-3) ** 2, -3 ** 2, 2 ** -1, (-2) ** 3)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3))
for a in range(-4, 5):
    print(a % 3, a % -3, end=" ")
print()
