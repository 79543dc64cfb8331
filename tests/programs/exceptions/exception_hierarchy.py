# Checks isinstance relationships in the builtin exception hierarchy and except ordering.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (StopIteration, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (Exception, BaseException), (ValueError, TypeError),
    (AssertionError, Exception), (AttributeError, Exception), (FileNotFoundError, OSError),
]
for sub, sup in pairs:
    print(repr(sub()), type(sub()), isinstance(sub(), sup))
def which(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError handler"
    except ArithmeticError:
        return "ArithmeticError handler"
    except LookupError:
        return "LookupError handler"
    except Exception:
        return "Exception handler"
for exc in [ZeroDivisionError(), OverflowError(), KeyError("k"), IndexError(), ValueError(), UnboundLocalError()]:
    print(type(exc).__name__, "->", which(exc))
try:
    try:
        raise SystemExit(3)
    except Exception:
        print("not reached")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
