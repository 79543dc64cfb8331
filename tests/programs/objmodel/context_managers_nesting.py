# Context managers: __enter__/__exit__, suppression, nesting and ordering.

log = []

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, etype, evalue, tb):
        log.append("exit %s %s %s" % (self.name, etype.__name__ if etype else None, evalue))
        return self.suppress

with Resource("a") as v:
    log.append("body " + v)
print(log); log.clear()

with Resource("outer"), Resource("inner") as w:
    log.append("body " + w)
print(log); log.clear()

with Resource("s", suppress=True):
    log.append("before")
    raise ValueError("boom")
    log.append("unreached")
log.append("after")
print(log); log.clear()

try:
    with Resource("o", suppress=False), Resource("i", suppress=True):
        raise KeyError("k")
    log.append("continued")
except KeyError:
    log.append("caught outside")
print(log); log.clear()

try:
    with Resource("o2", suppress=False), Resource("i2", suppress=False):
        raise KeyError("k2")
except KeyError as e:
    log.append("caught " + repr(e))
print(log); log.clear()

# __exit__ returning a truthy non-bool suppresses too.
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("survived ZeroDivisionError")

# Exceptions raised in __exit__ replace the body exception, with __context__ set.
class Raiser:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from exit")
try:
    with Raiser():
        raise ValueError("from body")
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__, e.__context__)

# __enter__ raising: __exit__ is not called.
class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        log.append("should not run")
        return True
try:
    with BadEnter():
        pass
except OSError as e:
    print("OSError", e, log)

# return / break / continue inside with still run __exit__.
def f():
    with Resource("ret"):
        return "returned"
print(f(), log); log.clear()
for i in range(3):
    with Resource("loop%d" % i, suppress=True):
        if i == 0:
            continue
        if i == 1:
            raise IndexError(i)
        break
print(log); log.clear()

# Not a context manager.
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

# Hot loop: a reusable timer-like manager counting entries and suppressed errors.
class Guard:
    def __init__(self):
        self.entered = 0
        self.suppressed = 0
    def __enter__(self):
        self.entered += 1
        return self
    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            self.suppressed += 1
            return True
        return False
g = Guard()
total = 0
for i in range(500):
    with g:
        total += 100 // (i % 5)
print("total", total, g.entered, g.suppressed)
