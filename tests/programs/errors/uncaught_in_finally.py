# Checks an exception raised in a finally block replaces the in-flight exception.
def f(fail):
    try:
        print("try", fail)
        if fail:
            raise KeyError("original")
    finally:
        print("finally", fail)
        if fail:
            raise OverflowError("replaced in finally")
    return "ok"
print(f(False))
f(True)
