# Checks raise with class vs instance, args, bare re-raise, and exception attributes.
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(str(e)), e.args, repr(e))
try:
    raise ValueError("msg", 42)
except ValueError as e:
    print(str(e), e.args, repr(e))
try:
    raise KeyError("k")
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    raise IndexError()
except IndexError as e:
    print(repr(e), e.args, str(e) == "")
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging then re-raising")
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print("re-raised:", e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
exc = RuntimeError("stored")
try:
    raise exc
except RuntimeError as e:
    print(e is exc, e)
print(repr(ValueError("a")), repr(TypeError()), str(KeyError()), repr(KeyError(1, 2)), str(OSError("x")))
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print(type(e).__name__, "is RuntimeError subclass:", e)
try:
    raise StopIteration
except Exception as e:
    print(type(e).__name__)
