# Integer loops the JIT compiles: arithmetic, floor division and modulo with negative operands,
# bit operations, overflow into big integers in the middle of a trace.
def mix(n):
    s = 0
    i = -n
    while i < n:
        s += (i // 7) - (i % 5) + (i & 12) - (i | 3) + (i ^ 9)
        i += 1
    return s

def overflow(n):
    x = 1
    k = 0
    while k < n:
        x = x * 3 + 1
        k += 1
    return x

def countdown(n):
    c = 0
    for i in range(n, 0, -3):
        c = c - i
    return c

print(mix(5000))
print(overflow(90))
print(countdown(10000))
neg = 0
def negs():
    t = 0
    for j in range(-50, 50):
        t += -j * j
    return t
print(negs())

def const_divisors(lo, hi):
    # // and % by constants (compiled as multiplications) on negative and positive operands
    acc = 0
    x = lo
    while x < hi:
        acc += x // 3 + x % 3 + x // 1000003 - x % 1000003 + x // 1 + x % 1
        acc += (x * 7919) // 641 - (x * 7919) % 641 + x // 2 - x % 2
        acc = acc % 1000000007
        x += 1
    return acc

print(const_divisors(-2000, 2000))
big = 9223372036854775807
def extremes():
    out = []
    for k in range(6):
        v = big - k
        out.append((v // 7, v % 7, (-v - 1) // 7, (-v - 1) % 7, -v // 1000000007, -v % 1000000007))
    return out
print(extremes())

def carried_mod(a, b, n):
    # // and % of values assumed non-negative (checked on entry): later calls start negative
    for i in range(n):
        a, b = b, (a + b) % 1000003
    return a, b

print(carried_mod(0, 1, 3000), carried_mod(-5, -7, 3000), carried_mod(3, -1, 500))

def sign_flip(n):
    x = 5
    acc = 0
    for i in range(n):
        acc = (acc + x) % 97 + x // 3 + (i & 5) % 4
        if i == n // 2:
            x = -12345
    return acc

print(sign_flip(4000))
