# functools.singledispatch registration by annotation (@f.register on `def _(x: int)`) needs
# function __annotations__, which pyjit's functions lack.

import functools

def plain(a: int, b: "str" = "x") -> list:
    return [a, b]

print(plain.__annotations__)

@functools.singledispatch
def describe(x):
    return "object"

@describe.register
def _(x: int):
    return "int %d" % x

@describe.register
def _(x: list):
    return "list of %d" % len(x)

out = [describe(v) for v in [1, [1, 2], "s", 3.5, True]]
print(out)
counts = {}
for i in range(300):
    r = describe(i if i % 3 else [i] * (i % 5))
    counts[r.split()[0]] = counts.get(r.split()[0], 0) + 1
print(sorted(counts.items()))

class Shape:
    @functools.singledispatchmethod
    def area(self, x):
        return 0
    @area.register
    def _(self, x: float):
        return x * x
print(Shape().area(2.5), Shape().area("z"))
