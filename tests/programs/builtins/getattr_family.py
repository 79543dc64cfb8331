# Checks getattr/setattr/hasattr on builtins and functions, with defaults and errors.
print(getattr("abc", "upper")(), getattr([], "nope", "default"), hasattr("", "split"), hasattr(1, "real"))
print(getattr(5, "bit_length")(), getattr(2.5, "is_integer")(), getattr({}, "get")("k", 0))
def f():
    return 1
setattr(f, "tag", "tagged")
print(f.tag, getattr(f, "tag"), hasattr(f, "tag"), hasattr(f, "other"))
f.count = 0
f.count += 5
print(f.count)
try:
    getattr(5, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(5, 7)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.missing_attr
except AttributeError as e:
    print(type(e).__name__, e)
methods = ["upper", "lower", "title", "swapcase"]
print([getattr("Hello World", m)() for m in methods])
