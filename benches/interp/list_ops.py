# List append and indexed read-modify-write.
import sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
items = []
for i in range(n):
    items.append(i % 97)
for k in range(3):
    for i in range(len(items)):
        items[i] = items[i] + k
print(sum(items), len(items))
