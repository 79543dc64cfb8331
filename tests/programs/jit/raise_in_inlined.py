# An exception raised in a call the trace inlined: deopt creates the frames, the traceback names them.
def inner(a, b):
    return a // b
def middle(a, b):
    return inner(a, b) + 1
def f(n):
    s = 0
    for i in range(n):
        s += middle(100, 2000 - i)
    return s
print(f(5000))
