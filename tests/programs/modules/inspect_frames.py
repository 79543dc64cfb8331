# Checks inspect.currentframe and sys._getframe: co_name, f_lineno, f_back chains.
import inspect
import sys
def where():
    f = inspect.currentframe()
    return f.f_code.co_name, f.f_lineno
print(where())
def caller_name():
    return inspect.currentframe().f_back.f_code.co_name
def outer_function():
    return caller_name()
print(outer_function(), caller_name())
def chain():
    names = []
    f = inspect.currentframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def a():
    return b()
def b():
    return chain()
print(a())
print(inspect.currentframe().f_code.co_name, inspect.currentframe().f_back)
def line_of_call():
    return sys._getframe(1).f_lineno
x = line_of_call()
print("called from line", x)
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
def depth():
    d = 0
    f = sys._getframe()
    while f.f_back is not None:
        d += 1
        f = f.f_back
    return d
def nest(n):
    return depth() if n == 0 else nest(n - 1)
print(depth(), nest(5))
lam = lambda: inspect.currentframe().f_code.co_name
print(lam())
try:
    sys._getframe(100)
except ValueError as e:
    print(type(e).__name__, e)
