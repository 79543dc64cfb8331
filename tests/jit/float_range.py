# --dump-ir golden: a float recurrence over range(); constants folded, int converted to float.
def g(n):
    t = 0.0
    for k in range(n):
        t = t * 0.5 + k * (2.0 - 1.0)
    return t

print(g(1000))
