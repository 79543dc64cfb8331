# math.log10 (and friends) of an int that fits in a float: CPython converts it to a float
# first (log10(10**28) == 28.0); pyjit always goes through a frexp decomposition and is off by
# an ulp for many exact powers of ten.
import math

print(math.log10(10**28), math.log10(10**55), math.log10(10**300))
bad = []
for k in range(1, 308):
    if math.log10(10**k) != k:
        bad.append(k)
print(len(bad), bad[:10])
s = 0.0
for k in range(1, 600):
    s += math.log10(7**k) + math.log2(3**k) + math.log(5**k)
print(repr(s))
print(math.log10(10**400), math.log2(2**2000), math.log(10**400))
