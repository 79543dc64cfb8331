# Checks try/except/else/finally execution order and multiple except clauses.
def run(x):
    log = []
    try:
        log.append("try")
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            raise KeyError("one")
        if x == 2:
            {}["k"]
        log.append("no error")
    except ValueError as e:
        log.append("ValueError:" + str(e))
    except (KeyError, IndexError) as e:
        log.append("lookup:" + repr(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for x in range(4):
    print(x, run(x))
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong handler")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
try:
    [][0]
except LookupError as e:
    print("base class catch", type(e).__name__, isinstance(e, IndexError), isinstance(e, LookupError))
try:
    1 / 0
except ArithmeticError as e:
    print("arith", type(e).__name__)
try:
    int("z")
except Exception as e:
    print("generic", type(e).__name__, isinstance(e, BaseException))
e = "outer value"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("except target cleared:", type(err).__name__, err)
