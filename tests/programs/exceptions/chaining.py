# Checks exception chaining: __cause__ via raise from, implicit __context__, from None suppression.
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(e, "| cause:", e.__cause__, "| context:", type(e.__context__).__name__, e.__context__)
try:
    try:
        int("bad")
    except ValueError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(e, e.__cause__, type(e.__context__).__name__)
try:
    raise IndexError("plain")
except IndexError as e:
    print(e.__cause__, e.__context__)
try:
    raise ValueError("v") from KeyError("k")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
def layered():
    try:
        try:
            [][1]
        except IndexError as a:
            raise KeyError("mid") from a
    except KeyError as b:
        raise ValueError("top")
try:
    layered()
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
