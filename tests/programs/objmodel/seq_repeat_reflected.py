# `x * seq` where x is not an int: sequence repeat fallback and its error message.

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

class V:
    def __mul__(self, o): return NotImplemented

print(Idx(2) * [1, 2], Idx(3) * "ab", Idx(2) * (0,), [1] * Idx(2))
for f in (lambda: V() * "x", lambda: V() * [1], lambda: "x" * V(), lambda: object() * "s"):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

total = 0
for i in range(300):
    total += len(Idx(i % 5) * [0, 1])
print(total)
