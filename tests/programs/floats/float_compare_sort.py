# Checks float comparisons, sorting with nan/-0.0/inf mixtures, min/max tie behaviour.
vals = [3.5, -1.0, float("inf"), 0.0, -0.0, 2, -float("inf"), 1e-300, -1e-300]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(sorted(vals, key=abs))
print(max(vals), min(vals), max(0.0, -0.0), max(-0.0, 0.0))
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 == 0.3, 1 / 3 == 0.3333333333333333, 2 / 3 > 0.6666666666666666)
print(1e16 + 1 == 1e16, 1e16 + 2 == 1e16, 9007199254740993 == 9007199254740992.0)
print(float(2 ** 53) == 2 ** 53, float(2 ** 53) + 1 == 2 ** 53 + 1, 2 ** 53 + 1 > float(2 ** 53))
print(-0.0 < 0.0, -0.0 == 0.0, str(min(-0.0, 0.0)), str(max(-0.0, 0.0)))
pairs = [(1.5, "b"), (1.5, "a"), (0.5, "z")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
print(round(sum([0.1] * 3), 10) == 0.3, abs(sum([0.1] * 3) - 0.3) < 1e-9)
