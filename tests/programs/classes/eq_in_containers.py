# __eq__ used implicitly by containers and builtins
calls = []
class Tok:
    def __init__(self, s):
        self.s = s
    def __eq__(self, o):
        calls.append(self.s)
        if isinstance(o, Tok):
            return self.s.lower() == o.s.lower()
        if isinstance(o, str):
            return self.s.lower() == o.lower()
        return NotImplemented
    def __hash__(self):
        return hash(self.s.lower())
    def __repr__(self):
        return "Tok(%s)" % self.s
toks = [Tok("a"), Tok("B"), Tok("c"), Tok("b")]
print(Tok("b") in toks, toks.index(Tok("C")), toks.count(Tok("b")), "B" in toks, "z" in toks)
toks.remove(Tok("b"))
print(toks)
try:
    toks.remove(Tok("zz"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    toks.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
print((Tok("a"), 1) == (Tok("A"), 1), [Tok("x")] == [Tok("X")], [Tok("x")] != ["X"])
d = {Tok("Key"): 1}
print(d.get(Tok("KEY")), Tok("key") in d, d.get("key"))
print(("a", "b") == (Tok("A"), Tok("B")), "a" == Tok("A"))
# identity short-circuit: containers check `is` before __eq__
class NeverEq:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
n = NeverEq()
print(n == n, n in [n], [n] == [n], [n].count(n), n in {n}, n in (n,), {n: 1}[n])
# NaN-like behaviour
class NaNish:
    def __eq__(self, o):
        return False
    def __ne__(self, o):
        return True
    __hash__ = object.__hash__
x = NaNish()
print(x != x, x == x, [x] == [x], [x] != [x])
# tuple comparison uses __eq__ then __lt__
class R:
    def __init__(self, v): self.v = v
    def __eq__(self, o): calls.append("eq"); return self.v == o.v
    def __lt__(self, o): calls.append("lt"); return self.v < o.v
calls.clear()
print((R(1), R(2)) < (R(1), R(3)), calls)
calls.clear()
print(max([(R(1), "a"), (R(2), "b")])[1], calls)
# dict equality uses value __eq__
print({"k": Tok("v")} == {"k": Tok("V")}, {"k": Tok("v")} == {"k": "w"})
# __eq__ raising propagates from `in`
class Boom:
    def __eq__(self, o):
        raise RuntimeError("boom eq")
try:
    Boom() in [1, 2]
except RuntimeError as e:
    print(type(e).__name__, e)
