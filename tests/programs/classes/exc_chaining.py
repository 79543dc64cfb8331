# raise ... from ..., __cause__, __context__, __suppress_context__
class LowLevel(Exception): pass
class HighLevel(Exception): pass
def load(k):
    try:
        return {"a": 1}[k]
    except KeyError as e:
        raise HighLevel("cannot load %s" % k) from e
try:
    load("b")
except HighLevel as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__, e.__context__ is e.__cause__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise LowLevel("while handling")
try:
    implicit()
except LowLevel as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def suppressed():
    try:
        [][0]
    except IndexError:
        raise HighLevel("clean") from None
try:
    suppressed()
except HighLevel as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
# from a class
try:
    raise HighLevel("x") from LowLevel
except HighLevel as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))
# from invalid
try:
    raise HighLevel("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
# chain of three
def deep():
    try:
        try:
            raise LowLevel("L1")
        except LowLevel as a:
            raise HighLevel("L2") from a
    except HighLevel as b:
        raise RuntimeError("L3")
try:
    deep()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append("%s(%s)" % (type(cur).__name__, cur))
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
# setting attributes manually
e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = True
print(e.__suppress_context__)
# context with custom classes in finally
def fin():
    try:
        raise LowLevel("body")
    finally:
        pass
try:
    fin()
except LowLevel as e:
    print(e.__context__, e.__cause__)
# re-raise preserves identity
try:
    try:
        raise HighLevel("orig")
    except HighLevel as e:
        saved = e
        raise
except HighLevel as e2:
    print(e2 is saved)
# exception raised in except handler of same type
try:
    try:
        raise LowLevel("first")
    except LowLevel as e:
        raise LowLevel("second")
except LowLevel as e:
    print(e, e.__context__)
# with_traceback returns self
ex = HighLevel("tb")
print(ex.with_traceback(None) is ex)
