# Checks closures as stateful objects: generator-like iteration, running averages, toggles.
def make_range_iter(n):
    i = -1
    def nxt():
        nonlocal i
        i += 1
        return i if i < n else None
    return nxt
it = make_range_iter(3)
vals = []
while (v := it()) is not None:
    vals.append(v)
print(vals, it())
def running_avg():
    total = 0.0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running_avg()
print([avg(x) for x in [10, 20, 30, 45]])
def toggler():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip
t = toggler()
print(t(), t(), t())
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return step
s = fib_gen()
print([s() for _ in range(15)])
