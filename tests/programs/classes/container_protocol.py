# __contains__, __len__, __bool__ with __len__ fallback
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
b = Bag(1, 2, 3)
print(len(b), 2 in b, 5 in b, 5 not in b, bool(b), bool(Bag()))
if Bag():
    print("nonempty")
else:
    print("empty")
print("yes" if Bag(0) else "no", not Bag(), not b)
class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
    def __len__(self):
        print("len called")
        return 0
print(bool(Truthy(True)), bool(Truthy(False)))
print(Truthy(True) and "x", Truthy(False) or "y")
x = 0
while Truthy(x < 2):
    x += 1
print(x)
print([1 for t in [Truthy(True), Truthy(False)] if t])
class Default: pass
print(bool(Default()))
# bad returns
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self): return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len(Default())
except TypeError as e:
    print(type(e).__name__, e)
# __contains__ falling back to __iter__
class IterOnly:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])
print(2 in IterOnly(), 7 in IterOnly())
# __contains__ returns non-bool is coerced
class Cont:
    def __contains__(self, x):
        return x
print(3 in Cont(), 0 in Cont(), "" in Cont(), "a" not in Cont())
try:
    1 in Default()
except TypeError as e:
    print(type(e).__name__, e)
# __len__ with index-able result
class IdxLen:
    def __len__(self):
        return True
print(len(IdxLen()))
