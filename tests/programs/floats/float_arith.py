# Checks float arithmetic: floor div/mod signs, divmod, pow, mixed int/float.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.0, 3.0), (-0.0, 3.0), (5, 0.5)]
for a, b in pairs:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, -1e-20 % 1.0, 1e-20 % -1.0)
print(3 * 0.1, 0.1 * 3, 0.1 + 0.1 + 0.1 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(2 ** 0.5, 2.0 ** -1, (-8.0) ** 2, 4 ** 0.5, 10.0 ** 15, 10.0 ** 16)
print(1 + 2.0, 3 - 1.0, 2 * 1.5, type(1 + 2.0), 7 / 7)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(0.1 + 0.7, 1.1 + 2.2, 3.3 * 3, 1 - 0.9, 100 * 1.1)
for op in ["div", "floordiv", "mod", "divmod"]:
    try:
        if op == "div":
            1.5 / 0
        elif op == "floordiv":
            1.5 // 0.0
        elif op == "mod":
            1.5 % 0
        else:
            divmod(1.5, 0.0)
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
