# Checks uncaught AttributeError on an int with an attribute far from any real name.
n = 42
print(n.bit_length())
print(getattr(n, "zzqqxx_nothing", "fallback"))
print(hasattr(n, "zzqqxx_nothing"))
try:
    n.zzqqxx_nothing
except AttributeError as e:
    print("caught once:", e)
values = [n, n + 1]
print(values)
print(values[0].zzqqxx_nothing)
