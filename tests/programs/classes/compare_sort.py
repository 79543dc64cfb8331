# Sorting objects with __lt__, total ordering by hand
class Card:
    ranks = "23456789TJQKA"
    suits = "cdhs"
    def __init__(self, s):
        self.rank = Card.ranks.index(s[0])
        self.suit = Card.suits.index(s[1])
        self.s = s
    def __repr__(self):
        return self.s
    def key(self):
        return (self.rank, self.suit)
    def __eq__(self, o):
        return self.key() == o.key()
    def __lt__(self, o):
        return self.key() < o.key()
    def __le__(self, o):
        return self < o or self == o
    def __gt__(self, o):
        return not self <= o
    def __ge__(self, o):
        return not self < o
    def __hash__(self):
        return hash(self.key())

hand = [Card(s) for s in "Ks 2c Td Ah 2s 9h Kc".split()]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(max(hand), min(hand))
hand.sort()
print(hand)
print(Card("Ks") > Card("Kc"), Card("2c") >= Card("2c"), Card("3c") <= Card("2c"))
print(sorted(hand, key=lambda c: (c.suit, c.rank)))
# stability with equal keys
class Item:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return "%d%s" % (self.k, self.tag)
items = [Item(3, "a"), Item(1, "b"), Item(3, "c"), Item(2, "d"), Item(1, "e")]
print(sorted(items))
print(sorted(items, reverse=True))
# only __gt__ defined: sort uses reflected
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return "G%d" % self.v
print(sorted([G(3), G(1), G(2)]))
# no ordering
class NoOrd:
    pass
try:
    sorted([NoOrd(), NoOrd()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([Item(1, "x"), 5])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
# __lt__ raising
class Bad:
    def __lt__(self, o):
        raise ValueError("nope")
try:
    sorted([Bad(), Bad()])
except ValueError as e:
    print(type(e).__name__, e)
print(len(sorted([Bad()])))
# bisect-style insertion
def insort(lst, x):
    lo, hi = 0, len(lst)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < lst[mid]:
            hi = mid
        else:
            lo = mid + 1
    lst.insert(lo, x)
out = []
for s in "Qd 3h Ac 3c Jh".split():
    insort(out, Card(s))
print(out)
