# __repr__/__str__/__format__ and f-strings
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "c":
            return "%d cents" % self.cents
        if spec.startswith(">"):
            return format(str(self), spec)
        return format(self.cents / 100, spec)
m = Money(12345)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m!s}", f"{m:c}", f"{m:.1f}", f"{m:>12}|", f"{m:10.3f}|")
print("{} {!r} {:c}".format(m, m, m), format(m, ".0f"), "%s %r" % (m, m))
# only __repr__: str falls back
class OnlyRepr:
    def __repr__(self):
        return "OR!"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", "%s" % OnlyRepr(), [OnlyRepr()])
# only __str__: repr is default (don't print it), containers use repr
class OnlyStr:
    def __str__(self):
        return "OS!"
print(OnlyStr(), f"{OnlyStr()}", repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
# default format with non-empty spec
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}")
try:
    format(Plain(), "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{Plain():>5}"
except TypeError as e:
    print(type(e).__name__, e)
# bad returns
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat(), "")
except TypeError as e:
    print(type(e).__name__, e)
# recursion through containers
class Node:
    def __init__(self, v, kids):
        self.v, self.kids = v, kids
    def __repr__(self):
        return "Node(%r, %r)" % (self.v, self.kids)
print(Node(1, [Node(2, []), Node(3, [Node(4, [])])]))
# str subclass returned from __str__
class MyS(str):
    pass
class RetSub:
    def __str__(self):
        return MyS("sub")
print(str(RetSub()), type(str(RetSub())).__name__)
# format specs on numbers inside __format__
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        return "(" + ", ".join(format(c, spec) for c in (self.x, self.y)) + ")"
p = Pt(1.23456, 2)
print(f"{p:.2f}", f"{p:>6}", f"{p:08.3f}", "{:x}".format(Pt(255, 16)))
w = 9
print(f"{m:>{w}}|", f"{p:{'.1f'}}")
