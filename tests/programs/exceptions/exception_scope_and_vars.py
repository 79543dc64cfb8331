# Checks exception variable lifetime, storing exceptions for later, and except with tuple of types.
saved = []
for v in ["1", "x", "2", None]:
    try:
        int(v)
    except (ValueError, TypeError) as err:
        saved.append(err)
for err in saved:
    print(type(err).__name__, err)
def get_exc():
    try:
        {}["k"]
    except KeyError as e:
        return e
exc = get_exc()
print(type(exc).__name__, exc, exc.args)
try:
    raise exc
except LookupError as again:
    print("re-raised stored:", again is exc)
types = (ZeroDivisionError, IndexError)
for fn in [lambda: 1 / 0, lambda: [][0], lambda: int("q")]:
    try:
        fn()
    except types as e:
        print("tuple caught", type(e).__name__)
    except Exception as e:
        print("fallback caught", type(e).__name__)
