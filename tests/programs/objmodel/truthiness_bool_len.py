# __bool__ and __len__ truthiness rules.

class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v

class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n

class Both:
    def __bool__(self): return True
    def __len__(self): return 0

class Neither:
    pass

for obj in (B(True), B(False), L(0), L(3), Both(), Neither()):
    print(type(obj).__name__, bool(obj), not obj, "yes" if obj else "no", bool(obj) == (not not obj))

print(B(False) or "fallback", B(True) and "second", L(0) or L(2).n, [x.n for x in [L(0), L(1), L(2)] if x])
print(any([L(0), B(False)]), all([L(1), B(True), Neither()]), list(filter(None, [L(0), L(5), B(False)]))[0].n)

# while loop uses truthiness.
class Stack:
    def __init__(self, items): self.items = list(items)
    def __len__(self): return len(self.items)
    def pop(self): return self.items.pop()
st = Stack(range(5))
out = []
while st:
    out.append(st.pop())
print(out, bool(st), len(st))

# Invalid __bool__ / __len__ results.
class BadBool:
    def __bool__(self): return 1
class NegLen:
    def __len__(self): return -1
class FloatLen:
    def __len__(self): return 2.0
class BigLen:
    def __len__(self): return 2 ** 100
for obj in (BadBool(), NegLen(), FloatLen(), BigLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)

# __bool__ = None: truth testing tries to call None.
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print("TypeError:", e)

# Inherited __bool__ and __len__ on builtin subclasses.
class MyList(list):
    pass
class FalseList(list):
    def __bool__(self): return False
print(bool(MyList()), bool(MyList([0])), bool(FalseList([1, 2])), len(FalseList([1, 2])))
class Zero(int):
    pass
print(bool(Zero(0)), bool(Zero(7)))

# __len__ calls counted in a hot loop via `if obj:`.
class Counting:
    calls = 0
    def __init__(self, n): self.n = n
    def __len__(self):
        Counting.calls += 1
        return self.n % 3
objs = [Counting(i) for i in range(10)]
flag = [B(i % 2 == 0) for i in range(4)]
total = 0
for i in range(600):
    if objs[i % 10]:
        total += i
    if not flag[i % 4]:
        total -= 1
    total += 1 if (objs[i % 10] and flag[i % 4]) else 0
print("total", total, Counting.calls)
