# __hash__/__eq__ in dicts and sets, collisions, unhashable
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(%r,%r)" % (self.a, self.b)

d = {Key(1, 2): "x", Key(3, 4): "y"}
print(d[Key(1, 2)], Key(3, 4) in d, Key(5, 6) in d, len(d))
d[Key(1, 2)] = "z"
print(len(d), d[Key(1, 2)], list(d.values()))
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), Key(2, 2) in s)
print(sorted(s, key=lambda k: k.a))
# constant hash collisions
class Coll:
    eq_calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        Coll.eq_calls += 1
        return isinstance(o, Coll) and self.v == o.v
    def __repr__(self):
        return "C%d" % self.v
cd = {}
for i in range(20):
    cd[Coll(i % 10)] = i
print(len(cd), cd[Coll(3)], sorted(k.v for k in cd))
del cd[Coll(4)]
print(len(cd), Coll(4) in cd, Coll(5) in cd)
cs = set(Coll(i % 5) for i in range(12))
print(len(cs), Coll.eq_calls > 0)
# unhashable when __eq__ defined without __hash__
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([EqOnly()])
except TypeError as e:
    print(type(e).__name__, e)
# explicitly unhashable
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
# inheriting __hash__ when subclass defines __eq__
class Parent:
    def __hash__(self):
        return 1
class Child(Parent):
    def __eq__(self, o):
        return False
print(hash(Parent()), Child.__hash__ is None)
# default hash works; objects equal only to themselves
class Default: pass
x = Default()
dd = {x: 1}
print(dd[x], Default() in dd, hash(x) == hash(x))
# hash returning non-int
class BadHash:
    def __hash__(self):
        return "s"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
# large hash is reduced
class Big:
    def __hash__(self):
        return 2 ** 100
print(hash(Big()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
# mixing with builtin keys that compare equal
class IntLike:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o
d2 = {1: "one", 2: "two"}
print(d2.get(IntLike(1)), IntLike(2) in d2, IntLike(3) in d2)
