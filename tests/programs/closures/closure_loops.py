# Checks closures created in while loops and comprehensions, and nonlocal in loops.
def build():
    handlers = {}
    for name in ["a", "b", "c"]:
        handlers[name] = (lambda n: lambda: n.upper())(name)
    return handlers
h = build()
print([h[k]() for k in sorted(h)])
def summer():
    s = 0
    def add_all(xs):
        nonlocal s
        for x in xs:
            if x < 0:
                continue
            s += x
            if s > 100:
                break
        return s
    return add_all
add = summer()
print(add([1, 2, -5, 3]), add([50, 60, 70]), add([]))
adders = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in adders])
i = 0
fns = []
while i < 3:
    fns.append(lambda i=i: i * i)
    i += 1
print([f() for f in fns])
def outer_loop():
    results = []
    for i in range(3):
        def inner():
            nonlocal i
            i += 100
            return i
        results.append(inner())
    return results
print(outer_loop())
