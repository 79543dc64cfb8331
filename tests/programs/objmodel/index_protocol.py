# __index__: list indexing, slicing, range, bin/hex/oct and friends.

class Idx:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __index__(self):
        Idx.calls += 1
        return self.v
    def __repr__(self):
        return "Idx(%d)" % self.v

data = list("abcdefghij")
i2, i5, im1 = Idx(2), Idx(5), Idx(-1)
print(data[i2], data[im1], data[i2:i5], data[::Idx(3)], data[Idx(-3):], (1, 2, 3, 4)[Idx(1)])
print("hello"[Idx(1)], "hello"[Idx(1):Idx(4)], b"bytes"[Idx(0)], range(10)[Idx(7)])
print(list(range(Idx(3))), list(range(Idx(1), Idx(10), Idx(3))), range(Idx(4)))
print(bin(Idx(10)), hex(Idx(255)), oct(Idx(8)), "%x" % 255, format(Idx(3).__index__(), "03d"))
print([0] * Idx(3), "ab" * Idx(2), (1, 2) * Idx(2), b"z" * Idx(1))
import operator
print(operator.index(Idx(42)), int.__index__(7), operator.index(True))

data[Idx(0)] = "A"
data[Idx(1):Idx(3)] = ["B", "C", "D"]
del data[Idx(-1)]
print(data, data.pop(Idx(0)), data.index("D"), data)
print(chr(Idx(65).__index__()), "x".center(Idx(5), "*"), round(2.5678, Idx(2)))
print(data[slice(Idx(1), Idx(9), Idx(2))], slice(1, 9, 2).indices(5))

# int() falls back to __index__ when there is no __int__.
print(int(Idx(9)), float(Idx(3)) if hasattr(Idx, "__float__") else "no float", operator.index(Idx(-4)))

# Bad __index__ results.
class BadIdx:
    def __index__(self):
        return 1.5
for thunk in (lambda: [1, 2][BadIdx()], lambda: "abc"[BadIdx()], lambda: range(BadIdx())):
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)

# Objects without __index__ can't index.
class NoIdx:
    pass
fl = 1.0
for thunk in (lambda: [1, 2][NoIdx()], lambda: [1, 2][fl], lambda: hex(NoIdx()), lambda: "abc"[NoIdx():]):
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)

# Index out of range through __index__.
try:
    data[Idx(100)]
except IndexError as e:
    print("IndexError:", e)

# bool is an int subclass; __index__ on int subclasses.
class MyInt(int):
    pass
print(data[True], data[MyInt(2)], bin(MyInt(5)), hex(True))

# Hot loop.
idxs = [Idx(i) for i in range(10)]
arr = list(range(100, 110))
Idx.calls = 0
total = 0
for i in range(500):
    k = idxs[i % 10]
    total += arr[k]
    arr[k] = arr[k] + 1
    total += len(arr[k:])
print("total", total, Idx.calls, arr)
