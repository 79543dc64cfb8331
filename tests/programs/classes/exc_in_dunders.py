# Exceptions raised inside special methods propagate unchanged
class Fail:
    def __init__(self, where):
        self.where = where
    def _boom(self, name):
        if name == self.where:
            raise ValueError("boom in " + name)
    def __len__(self): self._boom("len"); return 1
    def __iter__(self): self._boom("iter"); return iter([1, 2])
    def __getitem__(self, k): self._boom("getitem"); return k
    def __setitem__(self, k, v): self._boom("setitem")
    def __contains__(self, x): self._boom("contains"); return True
    def __add__(self, o): self._boom("add"); return 1
    def __radd__(self, o): self._boom("radd"); return 2
    def __eq__(self, o): self._boom("eq"); return True
    def __lt__(self, o): self._boom("lt"); return True
    def __hash__(self): self._boom("hash"); return 1
    def __bool__(self): self._boom("bool"); return True
    def __repr__(self): self._boom("repr"); return "Fail"
    def __str__(self): self._boom("str"); return "Fail-str"
    def __format__(self, spec): self._boom("format"); return "F"
    def __call__(self): self._boom("call"); return "called"
    def __getattr__(self, n): self._boom("getattr"); raise AttributeError(n)
    def __enter__(self): self._boom("enter"); return self
    def __exit__(self, *a): self._boom("exit"); return False
    def __neg__(self): self._boom("neg"); return 0
    def __index__(self): self._boom("index"); return 0
    def __int__(self): self._boom("int"); return 0
actions = {
    "len": lambda f: len(f),
    "iter": lambda f: list(f),
    "getitem": lambda f: f[0],
    "setitem": lambda f: f.__setitem__(0, 1) or f.__class__,
    "contains": lambda f: 1 in f,
    "add": lambda f: f + 1,
    "radd": lambda f: 1 + f,
    "eq": lambda f: f == 1,
    "lt": lambda f: f < 1,
    "hash": lambda f: hash(f),
    "bool": lambda f: bool(f),
    "repr": lambda f: repr(f),
    "str": lambda f: str(f),
    "format": lambda f: f"{f}",
    "call": lambda f: f(),
    "getattr": lambda f: f.missing,
    "neg": lambda f: -f,
    "index": lambda f: bin(f),
    "int": lambda f: int(f),
}
for name in actions:
    f = Fail(name)
    try:
        r = actions[name](f)
        print(name, "no error", type(r).__name__)
    except ValueError as e:
        print(name, type(e).__name__, e)
def use_with(where):
    try:
        with Fail(where):
            return "body done"
    except ValueError as e:
        return "with: " + str(e)
print(use_with("enter"), use_with("exit"), use_with("none"))
# errors inside sort key / comparison abort the sort
items = [Fail("none"), Fail("lt"), Fail("none")]
try:
    items.sort()
except ValueError as e:
    print("sort", e)
# error in __hash__ during set construction
try:
    {Fail("hash")}
except ValueError as e:
    print("set", e)
# error in __iter__ during unpacking
try:
    a, b = Fail("iter")
except ValueError as e:
    print("unpack", e)
# error in __bool__ in if/while/and/not
for expr in ("if", "not", "and"):
    try:
        f = Fail("bool")
        if expr == "if":
            if f: pass
        elif expr == "not":
            not f
        else:
            f and 1
    except ValueError as e:
        print(expr, e)
