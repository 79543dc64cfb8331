# Checks while loops with counters, break, continue and else.
i = 0
total = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    total += i
print(i, total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
k = 0
while k < 5:
    k += 1
else:
    print("else ran, k =", k)
k = 0
while True:
    k += 1
    if k == 4:
        break
else:
    print("never")
print("broke at", k)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
