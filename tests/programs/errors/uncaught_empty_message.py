# Checks uncaught exception raised as a bare class: last line is just the type name.
def step(n):
    print("step", n)
    if n == 3:
        raise NotImplementedError
    return n + 1
n = 0
while True:
    n = step(n)
print("unreachable")
