# send()-driven coroutines: running averages, accumulators, state machines.

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
print(next(a))
out = []
for v in range(1, 401):
    out.append(a.send(v % 17))
print(out[:6], round(out[-1], 6), len(out))

def accumulator(start=0):
    total = start
    while True:
        cmd = yield total
        if cmd is None:
            continue
        if isinstance(cmd, tuple):
            op, arg = cmd
            if op == "mul":
                total *= arg
            elif op == "reset":
                total = arg
        else:
            total += cmd

acc = accumulator(10)
next(acc)
trace = []
for i in range(300):
    if i % 50 == 49:
        trace.append(acc.send(("reset", i)))
    elif i % 7 == 0:
        trace.append(acc.send(("mul", 2)))
    else:
        trace.append(acc.send(i))
    trace[-1] %= 1000003
print(trace[:10], trace[-5:], sum(trace))
print(next(acc))  # send(None)

def tokenizer():
    # state machine: collects digits into numbers, words into words
    tokens = []
    buf = ""
    kind = None
    while True:
        ch = yield tokens
        if ch is None:
            if buf:
                tokens.append((kind, buf))
            buf, kind = "", None
            continue
        k = "num" if ch.isdigit() else ("word" if ch.isalpha() else None)
        if k != kind and buf:
            tokens.append((kind, buf))
            buf = ""
        kind = k
        if k is not None:
            buf += ch

t = tokenizer()
next(t)
for ch in "abc 123 de4f 56, x9":
    t.send(ch)
res = t.send(None)
print(res)

def coroutine(fn):
    def start(*args, **kw):
        g = fn(*args, **kw)
        next(g)
        return g
    return start

@coroutine
def grep(pattern, sink):
    while True:
        line = yield
        if pattern in line:
            sink.send(line.upper())

@coroutine
def collector(store):
    while True:
        store.append((yield))

store = []
g = grep("ab", collector(store))
for i in range(500):
    g.send("x%dab" % i if i % 37 == 0 else "x%d" % i)
print(store)

# sending a non-None value to a just-started generator is an error
def simple():
    yield 1
try:
    simple().send(5)
except TypeError as e:
    print("TypeError:", e)

# send after exhaustion
s = simple()
next(s)
try:
    s.send(1)
except StopIteration as e:
    print("StopIteration", e.value)

# moving-window averages with a generator that remembers its window
def moving(k):
    window = []
    avg = None
    while True:
        x = yield avg
        window.append(x)
        if len(window) > k:
            del window[0]
        avg = sum(window) / len(window)

m = moving(4)
next(m)
print([m.send(x) for x in [2, 4, 6, 8, 10, 12, 1, 1]])
