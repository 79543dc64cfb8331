# Checks lambda expressions: defaults, closures over loop variables, higher-order use.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x: x % 3, range(7))))
print(list(filter(lambda x: x > 2, [1, 5, 2, 8])), (lambda x: (lambda y: x + y))(10)(5))
print(type(sq), callable(sq), callable(5))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for op in sorted(ops):
    print(op, ops[op](6, 3))
y = 1
cap = lambda: y
y = 2
print(cap())
