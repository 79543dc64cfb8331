# Checks comprehension scoping: loop variable isolation, closures over comp vars, class-free outer refs.
x = "outer x"
squares = [x * x for x in range(4)]
print(x, squares)
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([g() for g in funcs2])
def outer():
    factor = 3
    return {k: [factor * v for v in range(k)] for k in range(1, 4)}
print(outer())
total = 0
vals = [total + v for v in range(3)]
print(vals, total)
pairs = [(a, b) for a in range(3) for b in range(a, 3) if (a + b) % 2 == 0]
print(pairs)
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
res = [(y := v * 2) for v in range(3)]
print(res, y)
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    [1 / v for v in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
