# Review findings: itertools reprs, getrandbits overridden after the class, unseeded subclasses, huge getrandbits, set |= -= ^= with Python __eq__ keys in CPython's order, int subclass * int.
import random
from itertools import permutations, combinations, combinations_with_replacement, product
for it in (permutations('ab'), combinations('ab', 1), combinations_with_replacement('ab', 1), product('a')):
    r = repr(it)
    print(r[:r.index(' at ')], type(it).__module__)
print(repr(iter([1]))[:20], repr(zip())[:12])
class G(random.Random):
    pass
G.getrandbits = lambda self, k: 1
print(G(2).randrange(10))
r = random.Random(1)
r.getrandbits = lambda k: 0
print(r.randrange(10))
class R(random.Random):
    def __init__(s, a, b):
        pass
print(R(1, 2).random(), R(1, 2).randrange(5), R(1, 2).getrandbits(8))
for k in (2**31, 2**63, 2**70):
    try:
        random.Random(1).getrandbits(k)
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(random.Random(4).randrange(10), random.Random(4).random())
class E:
    def __init__(s, n=7):
        s.n = n
    def __hash__(s):
        return s.n
    def __eq__(s, o):
        return s is o
    def __repr__(s):
        return 'E%d' % s.n
b = {7, E()}
s = set()
s |= b
print(s, set() | b)
s = {1, 2, 3}
s |= {E(1), E(2)}
print(s, {1, 2, 3} | {E(1), E(2)})
s = {1, E(2), 3}
s -= {3, E(2)}
print(len(s))
e = E(5)
s = {1, e, 3}
s ^= {e, 4, E(1)}
print(sorted(map(repr, s)))
class I(int):
    pass
try:
    print(I(-2**63 - 1) * 2)
except Exception as ex:
    print(type(ex).__name__, ex)
print(I(3) * [1], [1] * I(2), I(2) * 'ab')
