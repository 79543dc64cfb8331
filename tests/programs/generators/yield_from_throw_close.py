def sub():
    x = yield 1
    print("sub got", x)
    y = yield 2
    print("sub got", y)
    return "subret"

def outer():
    r = yield from sub()
    print("outer got", r)
    yield from [10, 20]
    yield from range(3)
    return "done"

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(list(g))

def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 99
    finally:
        print("finally")

g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("stop")
g = gen()
next(g)
g.close()
print("closed")

def deleg():
    yield from gen()
g = deleg()
print(next(g))
print(g.throw(ValueError, "v"))
g.close()

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
g = catcher(); next(g); g.close()

def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
g = gen(); next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))

def flatten(x):
    for i in x:
        if isinstance(i, list):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, [3, 4]], 5])))
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def wrapper():
    r = yield from acc()
    yield ("final", r)
w = wrapper(); next(w); w.send(5); w.send(7); print(w.send(None))
