# Set/frozenset comparisons must use the elements' Python-level __eq__.

class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and self.v == o.v
    def __hash__(self): return hash(self.v)

print(frozenset([P(1)]) == frozenset([P(1)]), {P(1)} == {P(1)}, {P(1)} != {P(1)})
print({P(1)} <= {P(1), P(2)}, {P(1), P(2)} >= {P(2)}, {P(1)} < {P(1), P(2)})
print({P(1)}.issubset([P(1), P(3)]), {P(1)}.isdisjoint({P(1)}))
print(len({P(1)} & {P(1)}), len({P(1)} - {P(1)}), len({P(1)} | {P(1)}))

count = 0
for i in range(300):
    if {P(i % 4), P(1)} == {P(1), P(i % 4)}:
        count += 1
print(count)
