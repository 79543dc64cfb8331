# __enter__/__exit__, suppression, nesting
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append("exit %s %s %s" % (self.name, et.__name__ if et else None, ev))
        return self.suppress

with CM("a") as v:
    log.append("body " + v)
print(log); log.clear()
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after", log); log.clear()
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", type(e).__name__, e)
print(log); log.clear()
with CM("x") as x, CM("y", True) as y:
    log.append(x + y)
    1 / 0
print(log); log.clear()
# return from within with
def f():
    with CM("r"):
        return "ret"
print(f(), log); log.clear()
# break/continue in with in loop
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
print(log); log.clear()
# __exit__ raising replaces exception
class Raiser:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Raiser():
        raise ValueError("orig")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
# __enter__ raising
class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("never body")
except OSError as e:
    print(type(e).__name__, e)
# missing protocol
class NoCM: pass
try:
    with NoCM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self): return 1
try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
# truthy non-bool from __exit__
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    raise IndexError
print("suppressed by truthy string")
# exit args
class Args:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(t is ZeroDivisionError, isinstance(v, ZeroDivisionError), tb is not None)
        return True
with Args():
    1 // 0
with Args() as a:
    pass
