# Generator object attributes: __name__, __qualname__, gi_running, gi_frame, gi_yieldfrom, gi_code.
# pyjit's generator objects have none of them (AttributeError).

class Box:
    def items(self):
        yield 1
        yield 2

def inner():
    yield "a"
    yield "b"

def outer():
    yield from inner()

def watcher():
    yield gen_ref[0].gi_running

g = Box().items()
print(g.__name__, g.__qualname__, g.gi_code.co_name)
print(g.gi_running, g.gi_frame is not None, g.gi_yieldfrom)
gen_ref = [watcher()]
print(next(gen_ref[0]), gen_ref[0].gi_running)
o = outer()
next(o)
print(o.gi_yieldfrom is not None, o.gi_yieldfrom.__name__)
list(o)
print(o.gi_frame, o.gi_yieldfrom)
gx = (i * i for i in range(3))
print(gx.__name__, gx.__qualname__)
names = []
for i in range(200):
    gi = inner() if i % 2 else outer()
    names.append(gi.__name__)
print(names.count("inner"), names.count("outer"))
