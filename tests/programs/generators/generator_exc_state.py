# Checks that a generator suspended inside an except block keeps its own exception state.
import sys
def g():
    try:
        raise ValueError("inner")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
it = g()
print(next(it), sys.exc_info()[0])
try:
    raise KeyError("outer")
except KeyError:
    print(next(it), sys.exc_info()[0].__name__)
print(next(it), sys.exc_info()[0])
try:
    raise TypeError("x")
except TypeError as e:
    print(repr(e.__context__))
