# throw()/close(), GeneratorExit, try/finally inside generators.

log = []

def resource(name, n):
    log.append("open " + name)
    try:
        for i in range(n):
            try:
                yield i
            except ValueError as e:
                log.append("%s caught %s" % (name, e))
                yield -1
    except GeneratorExit:
        log.append("exit " + name)
        raise
    finally:
        log.append("close " + name)

g = resource("a", 5)
print(next(g), next(g))
print(g.throw(ValueError("boom")))
print(next(g))
g.close()
g.close()  # second close is a no-op
print(log)
log.clear()

# close on an unstarted generator never runs the body
g = resource("b", 3)
g.close()
print(log)

# throw into an unstarted generator raises immediately
g = resource("c", 3)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
print(log)
log.clear()

# exhausted generator runs finally once
print(list(resource("d", 3)), log)
log.clear()

# yielding inside GeneratorExit handler -> RuntimeError
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# a generator may swallow GeneratorExit by returning
def polite():
    try:
        yield 1
    except GeneratorExit:
        log.append("polite exit")
        return

p = polite()
next(p)
print(p.close(), log)
log.clear()

# throw an exception the generator does not catch: it propagates and the generator is finished
def simple():
    try:
        yield 1
        yield 2
    finally:
        log.append("simple finally")

s = simple()
next(s)
try:
    s.throw(ZeroDivisionError)
except ZeroDivisionError as e:
    print("ZeroDivisionError", type(e).__name__, log)
print(next(s, "finished"))
log.clear()

# throw with a class and a traceback-less instance in a hot loop
def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except IndexError:
            n = 0
        except LookupError:
            n = -100

c = counter()
next(c)
total = 0
for i in range(600):
    if i % 10 == 9:
        total += c.throw(IndexError)
    elif i % 97 == 0:
        total += c.throw(KeyError("x"))
    else:
        total += next(c)
print("total", total)

# try/finally with return value in generator
def with_return():
    try:
        yield "x"
        return "ret"
    finally:
        log.append("wr finally")

w = with_return()
next(w)
try:
    next(w)
except StopIteration as e:
    print("value", e.value, log)
log.clear()

# many generators closed via garbage-free explicit close in a loop
count = 0
for i in range(300):
    g = resource("g", 4)
    for v in g:
        if v == i % 4:
            break
    g.close()
    count += len(log)
    log.clear()
print("events", count)

# StopIteration raised inside a generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration("oops")

try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
