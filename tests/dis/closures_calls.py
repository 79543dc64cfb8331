def make(a, *args, k=1, **kw):
    def inner(b, z=0):
        nonlocal a
        a += b
        return a, k, f"{b!r:>4}"
    return inner(*args, **kw), [x * 2 for x in args], {k: v for k, v in kw.items()}
x, *y = make(1, 2, z=3)
