# Checks closure late binding: loop variables, rebinding after creation, default-arg capture.
def make_funcs():
    out = []
    for i in range(4):
        def f():
            return i * 10
        out.append(f)
    return out
print([f() for f in make_funcs()])
def make_funcs_fixed():
    out = []
    for i in range(4):
        def f(i=i):
            return i * 10
        out.append(f)
    return out
print([f() for f in make_funcs_fixed()])
def make_funcs_factory():
    def factory(k):
        return lambda: k * 10
    return [factory(i) for i in range(4)]
print([f() for f in make_funcs_factory()])
def rebinding():
    v = "before"
    f = lambda: v
    v = "after"
    return f()
print(rebinding())
def cells_shared():
    n = 0
    def a():
        return n
    def b():
        nonlocal n
        n += 1
    b(); b()
    return a()
print(cells_shared())
