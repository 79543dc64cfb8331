# Checks uncaught exception with multiple args: last line shows the args tuple.
def validate(v):
    if not isinstance(v, int):
        raise ValueError("bad value", v)
    return v * 2
print("before")
for item in [1, 2, 3]:
    print(validate(item))
try:
    validate("x")
except ValueError as e:
    print("caught:", e)
raise ValueError("bad value", 42)
