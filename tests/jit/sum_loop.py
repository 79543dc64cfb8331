# --dump-ir golden: a counted while loop with an overflow-checked sum.
def f(n):
    i = 0
    s = 0
    while i < n:
        s = s + i * 3 % 7
        i += 1
    return s

print(f(1000))
