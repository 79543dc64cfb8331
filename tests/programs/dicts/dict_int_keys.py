# Checks dicts with small int keys: printing order, int/float/bool key unification, negative keys.
d = {5: "five", -1: "neg", 0: "zero", 10 ** 20: "big"}
print(d)
d[5.0] = "float five"
d[True] = "true"
print(d, d[1], len(d))
sq = {n: n * n for n in range(-3, 4)}
print(sq)
del sq[0]
sq[0] = 0
print(sq, list(sq.values()))
hist = {}
for v in [3, 1, 3, 2, 3, 1]:
    hist[v] = hist.get(v, 0) + 1
print(hist, max(hist, key=hist.get))
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo), list(memo)[:5])
print({-0.0: "a"}, {0: "x", -0.0: "y"}, {float("inf"): 1})
