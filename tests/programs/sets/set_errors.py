# Checks set error messages: unhashable elements, remove missing, pop empty, bad operands.
s = {1, 2}
for label, fn in [
    ("add list", lambda: s.add([3])),
    ("remove missing", lambda: s.remove(99)),
    ("remove str", lambda: s.remove("x")),
    ("pop empty", lambda: set().pop()),
    ("minus list", lambda: s - [1]),
    ("and int", lambda: s & 3),
    ("set of dicts", lambda: set([{}])),
    ("frozenset add", lambda: frozenset().add(1)),
]:
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)
print(s)
