# Traces through inlined calls, lists, globals and builtins, with deopt in every place.
def add(a, b):
    return a + b

def mul_add(a, b, c):
    return add(a * b, c)

def divide(a, b):
    return a // b

def inlined(n):
    s = 0
    for i in range(n):
        s = mul_add(s, 3, i) % 1000003
    return s

print(inlined(5000))

def callee_type_change(n):
    # the callee sees ints, then floats, then a big int (overflow inside the inlined frame)
    s = 0
    for i in range(n):
        if i == n // 2:
            s = float(s)
        if i == n - 10:
            s = 2 ** 62
        s = add(s, i)
    return s

print(callee_type_change(3000))

def callee_raises(n):
    out = []
    for i in range(n):
        try:
            out.append(divide(100, 5 - i % 6))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out[:14], len(out)

print(callee_raises(3000))

def rebinding(n):
    global add
    s = 0
    old = add
    for i in range(n):
        if i == n // 2:
            add = lambda a, b: a - b
        s = add(s, i)
    add = old
    return s

print(rebinding(4000))

LIMIT = 1000
def global_constant(n):
    global LIMIT
    s = 0
    for i in range(n):
        s += i % LIMIT
        if i == n // 3:
            LIMIT = 7
    LIMIT = 1000
    return s

print(global_constant(6000))

def lists(n):
    a = [0] * 100
    t = (3, 1, 4, 1, 5, 9, 2, 6)
    for i in range(n):
        k = i % 100
        a[k] = a[k] + t[i % 8] - t[-1 - i % 8]
        a[-1 - k] += len(a) + len(t)
    return sum(a), a[:5], a[-3:]

print(lists(20000))

def list_types(n):
    a = [1, 2, 3, 4]
    for i in range(n):
        a[i % 4] = a[i % 4] + 1
        if i == n // 2:
            a[2] = 0.5
        if i == n - 5:
            a[1] = "x" * 0 + str(a[1])
            a[1] = len(a[1])
    return a

print(list_types(3000))

def index_errors(n):
    a = list(range(10))
    caught = 0
    s = 0
    for i in range(n):
        try:
            s += a[i % 12]
        except IndexError:
            caught += 1
    return s, caught

print(index_errors(2400))

def appends(n):
    out = []
    for i in range(n):
        out.append(i * i % 97)
        if len(out) > 50:
            out[i % 50] = out[-1]
    return len(out), sum(out), out[:6]

print(appends(5000))

def builtins_loop(n):
    s = 0
    f = 0.0
    for i in range(n):
        s += abs(i - n // 2) + min(i, 77) + max(i % 13, 5)
        f += float(i) / 3.0 + round(i / 7)
        if i == n - 3:
            s += int(f) % 11
    return s, round(f, 4)

print(builtins_loop(8000))

def builtin_result_type(n):
    s = 0
    for i in range(n):
        s = s + abs(i - 1500 if i < 2000 else (i - 1500) * 0.5)
    return s

print(builtin_result_type(3000))

def branchy(n):
    # alternating branch directions: bridges from the hot exits
    a = b = c = 0
    for i in range(n):
        if i % 3 == 0:
            a += i
        elif i % 3 == 1:
            b += 2 * i
        else:
            c -= i
        if i % 7 == 0:
            a, b = b, a
    return a, b, c

print(branchy(50000))

def nested_inline(n):
    def sq(x):
        return x * x
    s = 0
    for i in range(n):
        s = (s + sq(i) + mul_add(i, i, 1)) % 1000000007
    return s

print(nested_inline(4000))

def deep(n, d):
    return n if d == 0 else deep(n + 1, d - 1)

def recursion_in_loop(n):
    s = 0
    for i in range(n):
        s += deep(i, 8)
    return s

print(recursion_in_loop(1000))

def list_of_objects(n):
    names = ["a", "bb", "ccc"]
    total = 0
    for i in range(n):
        total += len(names[i % 3])
    return total

print(list_of_objects(3000))
