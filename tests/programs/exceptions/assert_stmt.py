# Checks assert statements: passing, failing with/without message, message expressions.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e)
x = [1, 2]
try:
    assert len(x) == 3, f"expected 3 items, got {len(x)}: {x}"
except AssertionError as e:
    print(e)
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e, e.args)
def check_positive(n):
    assert n > 0, n
    return n
print(check_positive(5))
try:
    check_positive(-3)
except AssertionError as e:
    print("AssertionError", e, e.args)
