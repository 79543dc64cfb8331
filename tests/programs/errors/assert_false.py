# Checks failing assert with a message terminates with AssertionError: msg.
def check(x):
    assert x > 0, "msg: x must be positive, got " + str(x)
    return x
def validate_all(values):
    ok = []
    for v in values:
        ok.append(check(v))
        print("validated", v, "so far", ok)
    return ok
print(check(3))
validate_all([5, 1, -2, 7])
print("unreachable")
