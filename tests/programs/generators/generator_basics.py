# Checks generator functions and generator expressions: iteration, send, return values, finally, PEP 479.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(5)), sum(count(10)), max(count(4)))
print(sum(x * x for x in range(10)), any(c.isdigit() for c in "ab3"), all(x > 0 for x in [1, 2]))
print(", ".join(str(x) for x in [1, 2, 3]), sorted((y for y in [3, 1, 2]), reverse=True))
g = count(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value if hasattr(e, "value") else None)
def echo():
    got = yield "ready"
    while True:
        got = yield f"got {got}"
e = echo()
print(next(e), e.send(1), e.send("two"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
print(list(gen_with_finally()))
nested = [[1, 2], [3], []]
print(list(x for row in nested for x in row if x != 2))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e)
print(type(count(1)).__name__, dict((k, v) for k, v in [("a", 1)]), tuple(i for i in range(3)), set(i % 2 for i in range(5)))
def early():
    for i in range(10):
        if i == 3:
            return
        yield i
print(list(early()), list(zip(count(3), "abc")), min(x for x in [5, 3, 8]))
try:
    count(1).send(5)
except TypeError as err:
    print("TypeError", err)
