# Generator pipelines: lazily chained stages, early termination, re-iteration.

def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def squares(src):
    for x in src:
        yield x * x

def only(pred, src):
    for x in src:
        if pred(x):
            yield x

def take(n, src):
    if n <= 0:
        return
    for i, x in enumerate(src):
        yield x
        if i + 1 >= n:
            return

def window(src, k):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)

def running_sum(src):
    total = 0
    for x in src:
        total += x
        yield total

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1

# stage composition
pipe = take(10, only(lambda v: v % 3 == 1, squares(numbers(1000))))
print(list(pipe))
print(sum(squares(numbers(2000))))
print(list(take(5, running_sum(numbers(100)))))
print(list(window(numbers(8), 3)))
print([w for w in window(take(30, fib()), 2) if w[1] % 2 == 0][:5])

ps = list(take(200, primes()))
print(ps[:10], ps[-1], sum(ps))

# a generator object is exhausted after one pass
g = squares(numbers(5))
print(list(g), list(g))

# interleave: round robin between generators
def roundrobin(*gens):
    live = list(gens)
    while live:
        nxt = []
        for g in live:
            try:
                yield next(g)
                nxt.append(g)
            except StopIteration:
                pass
        live = nxt

print(list(roundrobin(numbers(3), iter("abcde"), squares(numbers(2)))))

# checksum through a long pipeline
chk = 0
for i, v in enumerate(only(lambda v: v & 1, running_sum(squares(numbers(3000))))):
    chk = (chk * 31 + v + i) % 1000000007
print("checksum", chk)

# generator state inspection via gi_* free API: just next/StopIteration value
def counted(n):
    for i in range(n):
        yield i
    return "done-%d" % n

g = counted(3)
vals = []
while True:
    try:
        vals.append(next(g))
    except StopIteration as e:
        vals.append(e.value)
        break
print(vals)
print(next(counted(0), "default"))
