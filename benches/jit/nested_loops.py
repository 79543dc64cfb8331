# Nested counted loops (the inner loop is the trace).
def f(n):
    s = 0
    for i in range(n):
        for j in range(n):
            s = (s + (i ^ j)) & 0xFFFFFF
    return s
print(f(3000))
