# An inlined call, a watched global, list items and len(): the IR shows the virtual frame in the
# snapshots and the hoisted checks.
def weight(x, k):
    return x * k + 1

def f(n):
    a = [0] * 8
    s = 0
    for i in range(n):
        j = i % 8
        a[j] = a[j] + weight(i, 3)
        s += len(a)
    return s, a

print(f(1000))
