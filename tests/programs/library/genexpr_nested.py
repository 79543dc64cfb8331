# Generator expressions: conditions, nesting, scoping, laziness.

N = 300
print(sum(x * x for x in range(N) if x % 3 == 0))
print(max((x * 7) % 101 for x in range(N)))
print(sorted(set(x % 13 for x in range(N) if x % 2)))

pairs = ((i, j) for i in range(20) for j in range(i) if (i + j) % 7 == 0)
pl = list(pairs)
print(len(pl), pl[:5], pl[-3:])

# nested generator expressions
matrix = [[i * 10 + j for j in range(8)] for i in range(8)]
print(sum(sum(v for v in row if v % 2) for row in matrix))
print(list(max(row) - min(row) for row in matrix))
transposed = list(tuple(row[c] for row in matrix) for c in range(8))
print(transposed[3])

# laziness: side effects happen on demand
trace = []
def note(x):
    trace.append(x)
    return x

g = (note(x) * 2 for x in range(5))
print(trace)
print(next(g), trace)
print(list(g), trace)

# outermost iterable is evaluated immediately, inner lazily
def src(tag, n):
    trace.append("src " + tag)
    return range(n)

trace.clear()
g = (a + b for a in src("outer", 3) for b in src("inner", 2))
print(trace)
print(list(g), trace)

# any/all short circuit
trace.clear()
print(any(note(x) > 3 for x in range(10)), trace)
trace.clear()
print(all(note(x) < 2 for x in range(10)), trace)

# closures in generator expressions capture loop variables late
fs = list((lambda k=k: k * k) for k in range(5))
print([f() for f in fs])

# class scope: iterable from class body, but body can't see class vars
class C:
    base = [1, 2, 3]
    doubled = list(x * 2 for x in base)
print(C.doubled)

# string processing
text = "the quick brown fox jumps over the lazy dog " * 20
words = text.split()
print(sum(1 for w in words if len(w) > 3))
print(dict((w, sum(1 for v in words if v == w)) for w in sorted(set(words))))
print("".join(c.upper() if i % 2 else c for i, c in enumerate("generator")))

# generator over generator, big count
evens = (x for x in range(100000) if not x & 1)
sq = (x * x % 1009 for x in evens)
print(sum(sq))

# min/max with key over genexpr, sorted of genexpr
pts = [((i * 37) % 101, (i * 53) % 97) for i in range(200)]
print(min((p for p in pts), key=lambda p: p[0] + p[1]))
print(sorted((p[0] * p[1] for p in pts), reverse=True)[:5])
print(tuple(x for x in "abc"), set(c for c in "hello") == {"h", "e", "l", "o"})

# StopIteration from next() on exhausted genexpr
e = (x for x in [])
try:
    next(e)
except StopIteration:
    print("empty genexpr exhausted")
print(next((x for x in range(10) if x > 7), None), next((x for x in range(3) if x > 7), None))
