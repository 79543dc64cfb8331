# Dict get/set with int and str keys.
import sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
counts = {}
for i in range(n):
    k = i % 1000
    counts[k] = counts.get(k, 0) + 1
names = {}
keys = ["k" + str(i) for i in range(500)]
for i in range(n):
    key = keys[i % 500]
    if key in names:
        names[key] += i
    else:
        names[key] = i
print(len(counts), counts[7], len(names), names["k7"])
