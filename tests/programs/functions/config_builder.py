# A config/report builder exercising positional-only, keyword-only, defaults, *args and **kwargs.
DEFAULTS = {"sep": ", ", "width": 10, "upper": False}

def build(name, /, version=1, *features, debug=False, **options):
    cfg = {"name": name, "version": version, "features": list(features), "debug": debug}
    for k in sorted(options):
        cfg["opt_" + k] = options[k]
    return cfg

print(build("app"))
print(build("app", 2, "auth", "cache", debug=True, region="eu", retries=3))
print(build("svc", *["x", "y", "z"], **{"debug": True, "name": "kwarg-name-ok"}))
try:
    build(name="bad")
except TypeError as e:
    print("TypeError:", e)
try:
    build()
except TypeError as e:
    print("TypeError:", e)

def render(rows, *, sep=DEFAULTS["sep"], width=DEFAULTS["width"], upper=DEFAULTS["upper"], fmt=None):
    out = []
    for row in rows:
        cells = [(fmt or str)(c) for c in row]
        if upper:
            cells = [c.upper() for c in cells]
        out.append(sep.join([c.ljust(width) for c in cells]).rstrip())
    return "\n".join(out)

rows = [("id", "name", "score"), (1, "ann", 9.5), (2, "bob", 7.25)]
print(render(rows))
print(render(rows, sep="|", width=6, upper=True))
print(render(rows, **{"sep": " ; ", "fmt": repr, "width": 0}))
try:
    render(rows, "|")
except TypeError as e:
    print("TypeError:", e)

def stats(*nums, precision=2):
    if not nums:
        return None
    avg = sum(nums) / len(nums)
    return round(avg, precision), min(nums), max(nums)

print(stats(), stats(1), stats(1, 2, 4), stats(*range(10), precision=0), stats(*[1.5, 2.25], **{"precision": 3}))

def merge(*dicts, **overrides):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(overrides)
    return out

print(merge({"a": 1}, {"b": 2, "a": 3}, c=4, a=5), merge(), merge(**{"k": "v"}))
defaults_shared = []
def append_to(x, target=defaults_shared):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []), defaults_shared)
print(build.__defaults__, build.__kwdefaults__, render.__kwdefaults__["width"], build.__code__.co_argcount,
      build.__code__.co_posonlyargcount, build.__code__.co_kwonlyargcount)
def f(a, b=2, /, c=3, *, d, e=5, **kw):
    return (a, b, c, d, e, kw)
print(f(1, d=4), f(1, 20, 30, d=40, z=0), f(*(1,), **{"d": 7, "c": 8}))
for bad in (lambda: f(1), lambda: f(1, 2, 3, 4, d=1), lambda: f(1, b=2, d=3), lambda: f(1, d=1, d2=2, c=3, **{"c": 9})):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
