# Checks an exception raised inside an except block: last line is the new exception.
def risky(d, key):
    try:
        return d[key]
    except KeyError:
        print("handling KeyError for", repr(key))
        fallback = []
        return fallback[0]
data = {"a": 1}
print(risky(data, "a"))
risky(data, "b")
print("unreachable")
