# Checks ordering of finally blocks during exception propagation through nested calls.
log = []
def level3():
    try:
        log.append("l3 try")
        raise ValueError("deep")
    finally:
        log.append("l3 finally")
def level2():
    try:
        level3()
    finally:
        log.append("l2 finally")
def level1():
    try:
        level2()
    except ValueError as e:
        log.append("l1 caught " + str(e))
    finally:
        log.append("l1 finally")
level1()
print(log)
def exc_in_finally():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("from finally")
try:
    exc_in_finally()
except ValueError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
def exc_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
try:
    exc_in_except()
except IndexError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__)
def finally_return_in_loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        except ValueError as e:
            out.append("err" + str(e))
            continue
        finally:
            out.append("f" + str(i))
    return out
print(finally_return_in_loop())
