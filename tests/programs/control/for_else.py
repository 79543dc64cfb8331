# Checks for/else and while/else with break, continue, and empty iterables.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("else on empty for")
for x in [1, 2, 3]:
    if x == 2:
        continue
    print("x", x)
else:
    print("else after continue")
i = 0
while i < 3:
    i += 1
    if i == 10:
        break
else:
    print("while else", i)
def find(xs, target):
    for i, v in enumerate(xs):
        if v == target:
            break
    else:
        return -1
    return i
print(find([5, 6, 7], 7), find([5, 6, 7], 8), find([], 1))
