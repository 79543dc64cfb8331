# except ordering by subclass, tuples of classes, matching
class A(Exception): pass
class B(A): pass
class C(B): pass
class D(A): pass
def classify(exc):
    try:
        raise exc
    except C:
        return "C"
    except B:
        return "B"
    except (D, KeyError):
        return "D-or-KeyError"
    except A as e:
        return "A:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
for exc in [A(), B(), C(), D(), KeyError(), ValueError(), C("x")]:
    print(type(exc).__name__, classify(exc))
# broad clause first shadows narrower ones
def shadow(exc):
    try:
        raise exc
    except A:
        return "A first"
    except C:
        return "never"
print(shadow(C()), shadow(B()))
# exception class stored in a variable / computed tuple
handlers = (B, D)
try:
    raise D("d")
except handlers as e:
    print("tuple var", type(e).__name__)
def pick():
    return C
try:
    raise C()
except pick() as e:
    print("computed", type(e).__name__)
# nested tuples
try:
    try:
        raise C()
    except ((KeyError, (C,)), ValueError):
        print("nested tuple matched")
except TypeError as e:
    print(type(e).__name__, e)
class NotExc: pass
try:
    try:
        raise C()
    except (NotExc, C):
        print("caught with NotExc in tuple")
except TypeError as e:
    print(type(e).__name__, e)
# isinstance/issubclass on user exceptions
print(isinstance(C(), A), issubclass(D, B), issubclass(C, (D, B)))
# handler not matching lets it propagate
def outer():
    try:
        try:
            raise D("inner")
        except B:
            return "wrong"
    except A as e:
        return "outer caught %s %s" % (type(e).__name__, e)
print(outer())
# exceptions in loop with continue/break and else/finally
log = []
for i in range(6):
    try:
        if i % 3 == 0:
            raise B(i)
        elif i % 3 == 1:
            raise D(i)
    except B as e:
        log.append("B%s" % e)
        continue
    except A as e:
        log.append("A%s" % e)
        if i > 3:
            break
    else:
        log.append("else%d" % i)
    finally:
        log.append("f%d" % i)
print(log)
# multiple inheritance exception
class Both(KeyError, D):
    pass
for h in [KeyError, LookupError, A, D, Both]:
    try:
        raise Both("both")
    except h as e:
        print(h.__name__, "caught", repr(e))
print([k.__name__ for k in Both.__mro__])
