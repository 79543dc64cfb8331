# Guards that fail in compiled loops: a branch that changes direction, a loop-carried value whose
# type changes, division by zero raised from inside a loop, and an exception caught around a loop.
def branchy(n):
    a = 0
    b = 0
    for i in range(n):
        if i < n // 2:
            a += i
        else:
            b -= i
    return a, b

def type_change(n):
    x = 0
    for i in range(n):
        if i == n - 10:
            x = x + 0.5
        x = x + 1
    return x

def divides(n):
    total = 0
    for i in range(n, -5, -1):
        total += 1000 // i
    return total

print(branchy(3000))
print(type_change(2000))
try:
    print(divides(500))
except ZeroDivisionError as e:
    print("caught", e)

def big(n):
    v = 2 ** 62
    for i in range(n):
        v = v + i
    return v
print(big(100))

def early(n):
    i = 0
    while True:
        i += 3
        if i > n:
            break
    else:
        i = -1
    return i
print(early(100000))

def nested(n):
    s = 0
    for i in range(n):
        for j in range(i % 7):
            s += i * j
    return s
print(nested(3000))
divides(300)
