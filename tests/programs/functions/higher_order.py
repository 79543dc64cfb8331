# Checks higher-order helpers written by hand: reduce, compose, partial application, memo, pipeline.
def reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a + b, range(10), 0), reduce(lambda a, b: a * b, range(1, 8), 1), reduce(max, [3, 9, 2], 0))
print(reduce(lambda acc, w: acc + [len(w)], "a bb ccc".split(), []))
def partial(f, *pre, **kpre):
    def call(*args, **kw):
        merged = dict(kpre)
        merged.update(kw)
        return f(*pre, *args, **merged)
    return call
def volume(l, w, h, unit="cm"):
    return str(l * w * h) + unit
v2 = partial(volume, 2)
v23 = partial(volume, 2, 3, unit="m")
print(v2(3, 4), v23(5), v23(5, unit="in"))
def pipeline(*fs):
    return lambda x: reduce(lambda acc, f: f(acc), fs, x)
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello Big World  "))
def count_calls(f):
    calls = [0]
    def wrapped(*a):
        calls[0] += 1
        return f(*a)
    return wrapped, calls
sq, calls = count_calls(lambda x: x * x)
print([sq(i) for i in range(5)], calls)
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(lambda x: x * 2, 10)(1), apply_n(lambda s: s + "!", 3)("hi"))
