# Immutable subclasses of int/str/tuple with __new__
class Even(int):
    def __new__(cls, v):
        if v % 2:
            v += 1
        return super().__new__(cls, v)
    def half(self):
        return Even(self // 2)
ev = Even(7)
print(ev, type(ev).__name__, ev + 1, type(ev + 1).__name__, ev.half(), isinstance(ev, int))
print(Even(3) == 4, hash(Even(4)) == hash(4), {Even(2): "x"}[2], sorted([Even(5), Even(1), 3]))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, type(u).__name__, u.shout(), u.lower(), type(u.lower()).__name__, len(u), u[1:3])
print(u == "HELLO", "ELL" in u, u.split("L"), f"{u:>8}|", repr(u))
print("-".join([u, Upper("x")]), "".join(Upper(w) for w in "ab"), "%s/%s" % (u, u))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    @property
    def second(self):
        return self[1]
    def swap(self):
        return Pair(self[1], self[0])
    def __repr__(self):
        return "Pair(%r, %r)" % self
p = Pair(1, "b")
print(p, p.first, p.second, p.swap(), len(p), p + (3,), type(p + (3,)).__name__)
a, b = p
print(a, b, p == (1, "b"), isinstance(p, tuple), hash(p) == hash((1, "b")))
try:
    p[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Pair(1)
except TypeError as e:
    print(type(e).__name__, e)
# attributes on subclass instances are allowed (they have __dict__)
p.note = "hi"
ev.note = "even"
u.note = "up"
print(p.note, ev.note, u.note)
# float subclass with __new__ clamping
class Prob(float):
    def __new__(cls, v):
        return super().__new__(cls, min(1.0, max(0.0, v)))
    def __repr__(self):
        return "Prob(%s)" % float.__repr__(self)
print(Prob(1.5), Prob(-2), Prob(0.25) * 2, [Prob(0.5)])
# int subclass with extra attribute set in __new__
class Tagged(int):
    def __new__(cls, v, tag):
        obj = super().__new__(cls, v)
        obj.tag = tag
        return obj
t = Tagged(5, "five")
print(t, t.tag, t * 2, str(t), repr(t), int(t), type(int(t)).__name__)
# bool cannot be subclassed; int() of subclass
print(int(Even(9)), str(Even(2)), float(Even(2)))
