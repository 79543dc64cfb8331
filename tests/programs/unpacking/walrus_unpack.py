# Checks assignment expressions combined with unpacking-like patterns and loops.
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long list", n)
results = [y for x in data if (y := x * 3) % 2 == 0]
print(results)
chunks = []
buf = list(range(10))
while (chunk := buf[:3]):
    chunks.append(chunk)
    buf = buf[3:]
print(chunks)
pairs = [(k, v) for k in "ab" if (v := k.upper()) != "Z"]
print(pairs, v)
def first_over(xs, limit):
    for x in xs:
        if (doubled := 2 * x) > limit:
            return doubled
    return None
print(first_over([1, 4, 9], 7), first_over([1], 7))
print([(t := t + i) for i in range(5)] if (t := 0) == 0 else None, t)
