# collections.Counter: counting, most_common, arithmetic, elements, update.
from collections import Counter

c = Counter("abracadabra")
print(sorted(c.items()), c["a"], c["z"], len(c), sum(c.values()))
print(c.most_common(3), c.most_common()[-1])
print(sorted(c.elements()))
c.update("aaz")
c.update({"b": 5})
print(sorted(c.items()))
c.subtract("aaaa")
c.subtract({"z": 3})
print(sorted(c.items()))
print(sorted((+c).items()), sorted((-c).items()))

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(sorted((a + b).items()), sorted((a - b).items()))
print(sorted((a | b).items()), sorted((a & b).items()))
print(a == Counter(a=3, b=1), Counter() == Counter(), repr(Counter("aab")))
del a["a"]
print(sorted(a.items()), a.total() if hasattr(a, "total") else sum(a.values()))
print(Counter({"x": 2, "y": -1}).most_common())

# counting words in a generated corpus
vocab = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()
seed = 42
corpus = []
for _ in range(5000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    corpus.append(vocab[(seed >> 16) % len(vocab)])
wc = Counter(corpus)
print(wc.most_common(4))
print(sorted(wc.items()))

bigrams = Counter(zip(corpus, corpus[1:]))
print(bigrams.most_common(3), len(bigrams))

letters = Counter()
for w in corpus:
    letters.update(w)
print(letters.most_common(5), sum(letters.values()))

# histogram of dice sums
dice = Counter(a + b + c for a in range(1, 7) for b in range(1, 7) for c in range(1, 7))
for total, n in sorted(dice.items()):
    print("%2d %s" % (total, "*" * n))

# anagram check and multiset containment
def is_anagram(x, y):
    return Counter(x) == Counter(y)
def can_build(note, magazine):
    need = Counter(note)
    need.subtract(Counter(magazine))
    return all(v <= 0 for v in need.values())
print(is_anagram("listen", "silent"), is_anagram("abc", "abd"))
print(can_build("hello", "ohell there"), can_build("zzz", "zz"))

# counter from counts, fromkeys is not supported
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError")
print(Counter(cats=4, dogs=8).most_common(1), list(Counter("cba").keys()))
