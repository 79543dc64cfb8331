# Memoization with dict caches, call counters via nonlocal, and generator-free iterator closures.
def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = fn(*args)
        cache[args] = result
        return result
    wrapper.cache = cache
    wrapper.stats = stats
    return wrapper

@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

print(grid_paths(16, 16), grid_paths.stats, len(grid_paths.cache))
print([partitions(n, n) for n in range(1, 21)])
print(partitions(100, 100), partitions.stats["misses"])

def make_counter(start=0, step=1):
    count = start
    def incr():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        old, count = count, start
        return old
    def peek():
        return count
    return incr, reset, peek

inc, reset, peek = make_counter(10, 5)
print(inc(), inc(), inc(), peek(), reset(), peek(), inc())
counters = {name: make_counter() for name in ("a", "b")}
for ch in "abbabbb":
    counters[ch][0]()
print({k: v[2]() for k, v in counters.items()})

def iterator_from(seq):
    index = -1
    def next_item(default=None):
        nonlocal index
        index += 1
        return seq[index] if index < len(seq) else default
    return next_item

nxt = iterator_from("abc")
print(nxt(), nxt(), nxt(), nxt(), nxt("END"))

def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = fn(*a)
            done = True
        return result
    return wrapper

init = once(lambda x: print("initializing with", x) or x * 2)
print(init(5), init(6), init(7))

def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add

acc = accumulator()
print([acc(x) for x in (1, 2, 3, 4)], acc.__closure__ is not None, len(acc.__closure__))
calls = 0
def counted():
    global calls
    calls += 1
    return calls
print([counted() for _ in range(3)], calls)

def lru(maxsize):
    def deco(fn):
        order, cache = [], {}
        def wrapper(x):
            if x in cache:
                order.remove(x)
                order.append(x)
                return cache[x]
            val = fn(x)
            cache[x] = val
            order.append(x)
            if len(order) > maxsize:
                del cache[order.pop(0)]
            return val
        wrapper.order = order
        return wrapper
    return deco

@lru(3)
def slow_square(x):
    print("  computing", x)
    return x * x

for x in (1, 2, 3, 1, 4, 2, 5, 1):
    print(x, "->", slow_square(x), slow_square.order)
