# Checks uncaught exception raised with 'from': last stderr line is the outer exception.
def load(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not load " + repr(s)) from e
for text in ["5", "-12", "0x1f"]:
    try:
        print("loaded", load(text))
    except RuntimeError as e:
        print("caught", e, "cause:", e.__cause__)
print(load("five"))
