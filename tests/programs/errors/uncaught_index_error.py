# Checks uncaught IndexError raised in a deeply nested call chain.
def get(xs, i):
    print("get index", i, "of", len(xs))
    return xs[i]
def level(n, xs):
    if n == 0:
        return get(xs, len(xs))
    print("level", n)
    return level(n - 1, xs)
print(get([7, 8, 9], -1))
level(3, [1, 2, 3])
