# yield from: return values, nested delegation, send/throw pass-through.

def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total

def middle(n):
    r1 = yield from inner(n)
    r2 = yield from inner(n + 1)
    return (r1, r2)

def outer():
    res = yield from middle(2)
    yield ("middle returned", res)
    return "outer done"

g = outer()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(30))
print(g.send(40))
print(g.send(50))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)

# yield from plain iterables
def flat(seq):
    for x in seq:
        if isinstance(x, (list, tuple)):
            yield from flat(x)
        else:
            yield x

nested = [1, [2, [3, [4, 5]], 6], (7, (8,)), [[[[9]]]]]
print(list(flat(nested)))
big = [list(range(i, i + 5)) for i in range(0, 500, 5)]
print(sum(flat(big)), len(list(flat(big))))

def chain_all(*its):
    for it in its:
        yield from it

print(list(chain_all("ab", range(3), (x * x for x in range(3)), {"k": 1})))

# throw passes through to the innermost generator
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield "caught " + str(e)

def deleg():
    yield from catcher()

d = deleg()
print(next(d), d.throw(ValueError("v1")), next(d))

# close propagates
log = []
def leaf():
    try:
        yield 1
        yield 2
    finally:
        log.append("leaf closed")

def branch():
    try:
        yield from leaf()
    finally:
        log.append("branch closed")

b = branch()
next(b)
b.close()
print(log)

# recursive delegation: tree traversal
class Node:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right

def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))

def inorder(node):
    if node is None:
        return 0
    left = yield from inorder(node.left)
    yield node.val
    right = yield from inorder(node.right)
    return left + right + 1

tree = build(1, 511)
vals = []
gen = inorder(tree)
while True:
    try:
        vals.append(next(gen))
    except StopIteration as e:
        count = e.value
        break
print(count, vals[:8], vals == list(range(1, 512)), sum(vals))

# return value of yield from of a generator that returns immediately
def empty():
    return 42
    yield

def use_empty():
    v = yield from empty()
    yield v

print(list(use_empty()))

# yield from with send into a sub-averager
def avg_sub():
    total, n = 0, 0
    while True:
        x = yield
        if x is None:
            return total / n if n else 0
        total += x
        n += 1

def grouper(results, key):
    while True:
        results[key] = yield from avg_sub()

results = {}
for key, values in [("a", [1, 2, 3]), ("b", list(range(100))), ("c", [5])]:
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    gr.send(None)
print(sorted(results.items()))
