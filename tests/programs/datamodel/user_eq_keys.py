class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x) % 3
    def __repr__(self): return f"V({self.x})"
s = {V(1), V(1), V(2), V(4)}
print(len(s), V(4) in s, V(5) in s)
s.add(V(2)); s.discard(V(1)); print(len(s))
s.remove(V(4)); print(sorted(v.x for v in s))
d = {}
for i in range(10):
    d[V(i % 4)] = d.get(V(i % 4), 0) + 1
print(sorted((k.x, v) for k, v in d.items()))
print([V(1), V(2)] == [V(1), V(2)], (V(1),) == (V(2),), {V(1): 1} == {V(1): 1})
print(V(3) in [V(1), V(3)], [V(1), V(2)].index(V(2)), [V(1), V(1)].count(V(1)))
del d[V(0)]; print(len(d), d.pop(V(1)), V(1) in d)
