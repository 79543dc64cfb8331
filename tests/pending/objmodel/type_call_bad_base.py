# type(name, bases, ns) with a non-class base: CPython reports a metaclass conflict.

for bases in [(3,), ("s",), (1, 2)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print("TypeError:", e)

n = 0
for i in range(200):
    try:
        type("Y", (i,), {})
    except TypeError:
        n += 1
print(n)
