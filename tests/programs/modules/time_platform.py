# Checks time and platform modules in a deterministic way (no values printed).
import time
import platform
t1 = time.time()
print(t1 > 1_600_000_000, type(t1))
total = 0
for i in range(10000):
    total += i
t2 = time.time()
print(t2 >= t1, total)
name = platform.python_implementation()
print(type(name), len(name) > 0)
print(time.time() - t1 < 3600, isinstance(time.time(), float))
