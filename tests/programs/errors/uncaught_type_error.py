# Checks uncaught TypeError from adding int and str.
values = [1, 2, "3", 4]
total = 0
for v in values[:2]:
    total = total + v
    print("running total", total)
try:
    total + values[2]
except TypeError as e:
    print("caught:", e)
for v in values:
    print("adding", repr(v))
    total = total + v
print(total)
