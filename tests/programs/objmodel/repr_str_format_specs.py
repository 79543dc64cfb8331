# __repr__, __str__ and __format__ with f-strings and format specs.

class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents = cents
        self.cur = cur
    def __repr__(self):
        return "Money(%d, %r)" % (self.cents, self.cur)
    def __str__(self):
        return "%d.%02d %s" % (self.cents // 100, self.cents % 100, self.cur)
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            return "%s%d" % (self.cur[0], self.cents // 100)
        if spec.endswith("c"):
            return format(self.cents, spec[:-1] + "d")
        return format(self.cents / 100, spec)

m = Money(123456)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m!s}", f"{m:short}", f"{m:>12.1f}", f"{m:,c}", f"{m:08c}")
print("{}|{:short}|{!r}|{:.3f}".format(m, m, m, m), format(m), format(m, "e"))
print("%s / %r" % (m, m))
w = 14
print(f"[{m!s:>{w}}]", f"[{m!r:^20}]", f"[{str(m):*<16}]")

# Only __repr__: str() falls back to it.
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
o = OnlyRepr()
print(str(o), repr(o), f"{o}", "%s" % o, format(o, ""))
try:
    format(o, "10")
except TypeError as e:
    print("TypeError:", e)

# Only __str__: repr() is the default (not printed: contains an address).
class OnlyStr:
    def __str__(self):
        return "only-str"
s = OnlyStr()
print(str(s), f"{s}", repr(s).startswith("<__main__.OnlyStr object at"))

# __repr__ returning a non-string.
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)

# Subclass inherits and overrides.
class Dollars(Money):
    def __init__(self, cents):
        super().__init__(cents, "USD")
    def __str__(self):
        return "$" + super().__str__().split()[0]
d = Dollars(999)
print(d, repr(d), f"{d:short}", f"{d:.1f}")

# Recursive repr through containers.
class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __repr__(self):
        return "Node(%r%s)" % (self.v, ", " + repr(self.kids) if self.kids else "")
print(Node(1, [Node(2), Node("x", [Node(3.5)])]))

# Builtin format specs alongside.
print(f"{3.14159:.2f} {255:#x} {255:08b} {1234567:,} {0.25:%} {'ab':>5}|{'ab':<5}|")

# Hot loop building formatted strings.
total = 0
parts = []
for i in range(400):
    mm = Money(i * 37, "GBP" if i % 2 else "EUR")
    s1 = f"{mm}|{mm:short}|{mm:.2f}|{mm!r}"
    total += len(s1)
    if i % 80 == 0:
        parts.append(s1)
print(total)
print("\n".join(parts))
