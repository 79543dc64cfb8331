# for over lists and tuples in traces: item types specialised, changing types, mutation while
# iterating, exhaustion.
def total(xs):
    s = 0
    for x in xs:
        s = (s + x * 3) % 1000003
    return s

data = list(range(5000))
print(total(data), total(tuple(data)))
print(total([1, 2, 3] * 500 + [True, False] * 100))

def floats(xs):
    s = 0.0
    for x in xs:
        s += x * 0.5
    return s

print(floats([i / 7 for i in range(3000)]), floats([1.5] * 1000 + [2] * 1000 + [0.25] * 1000))

def mixed(xs):
    n = 0
    for x in xs:
        n += 1
    return n

print(mixed([1, 2.0, "x", None, 3] * 600))

def growing(n):
    xs = [1, 2, 3]
    count = 0
    for x in xs:
        count += x
        if len(xs) < n:
            xs.append(x + 1)
    return count, len(xs)

print(growing(3000))

def shrinking(n):
    xs = list(range(n))
    seen = 0
    for x in xs:
        seen += 1
        if x % 100 == 0 and len(xs) > 10:
            xs.pop()
    return seen, len(xs)

print(shrinking(3000))
