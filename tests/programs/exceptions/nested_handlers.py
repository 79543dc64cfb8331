# Checks nested try statements, re-raising different types, and handlers that themselves fail.
def parse_all(items):
    out = []
    for it in items:
        try:
            try:
                out.append(int(it))
            except ValueError:
                out.append(float(it))
        except ValueError as e:
            out.append("unparseable:" + it)
        except TypeError as e:
            out.append("type:" + type(it).__name__)
    return out
print(parse_all(["1", "2.5", "x", None, "7"]))
def convert(v):
    try:
        return int(v)
    except ValueError as e:
        raise LookupError("could not convert " + repr(v)) from e
for v in ["5", "five"]:
    try:
        print(convert(v))
    except LookupError as e:
        print("LookupError", e, "<-", type(e.__cause__).__name__, e.__cause__)
def handler_fails():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            return 1 / 0
        except ZeroDivisionError as inner:
            return "inner handled " + str(inner) + " during KeyError"
print(handler_fails())
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        deep(n - 1)
    except ValueError as e:
        raise ValueError(str(e) + "<" + str(n))
try:
    deep(4)
except ValueError as e:
    print(e)
