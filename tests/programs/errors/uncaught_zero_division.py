# Checks uncaught ZeroDivisionError from nested calls: stdout kept, exit 1, last stderr line.
def inner(a, b):
    print("inner", a, b)
    return a // b
def outer(x):
    total = 0
    for i in range(3, -1, -1):
        total += inner(x, i)
        print("total", total)
    return total
print("start")
outer(12)
print("never printed")
