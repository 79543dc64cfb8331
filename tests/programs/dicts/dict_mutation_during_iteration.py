# Checks RuntimeError when a dict changes size or keys during iteration, and value updates that are allowed.
d = {1: 1}
try:
    for k in d:
        del d[k]
        d[k + 1] = 1
except RuntimeError as e:
    print("RuntimeError", e)
d2 = {1: 1, 2: 2}
for k in d2:
    d2[k] = k * 10
print(d2)
try:
    for k in d2:
        d2[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError", e)
