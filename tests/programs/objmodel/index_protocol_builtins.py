# Builtins that must accept objects with __index__.

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

class BadIdx:
    def __index__(self): return 1.5

tests = [
    lambda: chr(Idx(65)),
    lambda: slice(Idx(1), Idx(9), Idx(2)).indices(5),
    lambda: slice(1, 9, 2).indices(Idx(5)),
    lambda: "%x" % Idx(255),
    lambda: "%d" % Idx(3),
    lambda: "%o|%X" % (Idx(8), Idx(255)),
    lambda: bin(BadIdx()),
    lambda: hex(BadIdx()),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except TypeError as e:
        print(i, "TypeError:", e)

s = ""
for i in range(300):
    s = chr(Idx(97 + i % 26))
print(s)
