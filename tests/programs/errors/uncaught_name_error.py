# Checks uncaught NameError for a name with no close match (no "Did you mean" suggestion).
def compute(values):
    print("computing", values)
    total = 0
    for v in values:
        total += v
    print("total", total)
    return total * qqqzzz_value_never_defined
try:
    print(undefined_global_one)
except NameError as e:
    print("caught:", e)
compute([1, 2, 3])
