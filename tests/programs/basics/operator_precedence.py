# Checks operator precedence and associativity across arithmetic, bitwise, comparison and boolean ops.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 * -3, 10 - 4 - 3, 100 / 10 / 5)
print(7 // 2 * 2, 7 % 3 * 2, 2 * 7 % 3, -7 // 2 ** 1, 1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 | 3 & 8, 6 ^ 3 & 5)
print(1 < 2 and 3 > 2 or 0, not 1 == 2, not (1 == 2) and True, True or False and False, (True or False) and False)
print(~5 + 1, -~5, ~-5, 3 - -3, + - + 1, 2 ** -1, -3 % 5, -(3 % 5))
print(1 if 0 else 2 if 0 else 3, (1 if 1 else 2) + 10, 0 or 1 and 2, (0 or 1) and 2, 0 and 1 or 2)
print("a" + "b" * 2, ("a" + "b") * 2, [1] + [2] * 2, 3 * "x" + "y", "ab" in "xaby" == True)
x = 5
print(x > 3 == True, (x > 3) == True, 1 < x < 10 == 10, x - 1 if x > 3 else x + 1)
print(2 ** 2 ** -1, (-8) // 3 * 3 + (-8) % 3, 4 - 2 ** 2 * 3 // 2)
