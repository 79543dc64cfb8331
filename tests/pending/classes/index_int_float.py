# __index__, __int__, __float__
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i2, i5 = Idx(2), Idx(5)
lst = list(range(10))
print(lst[i2], lst[i2:i5], lst[::Idx(3)], list(range(i5)), list(range(i2, Idx(9), Idx(2))))
print("abcdef"[i2], (1, 2, 3, 4)[Idx(-1)], bin(i5), hex(Idx(255)), oct(i5))
print([0] * i5, "ab" * i2, i5.__index__(), i2 * [7], "%d %x %o" % (i5, Idx(255), i2))
lst[i2] = "two"
print(lst[:4])
del lst[i2]
print(lst[:4])
print(int(Idx(7)), operator_like := 3)
print(bytes(Idx(3)))
print(round(2.5678, Idx(2)))
class IntOnly:
    def __int__(self):
        return 42
print(int(IntOnly()))
try:
    [1, 2, 3][IntOnly()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(IntOnly())
except TypeError as e:
    print(type(e).__name__, e)
class FloatOnly:
    def __float__(self):
        return 2.5
import math
print(float(FloatOnly()), math.sqrt(FloatOnly()), math.floor(FloatOnly()))
try:
    int(FloatOnly())
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __index__(self): return 3
print(int(Both()), float(Both()), [10, 20, 30, 40][Both()])
# float from __index__
print(float(Idx(4)))
# bad returns
class BadIdx:
    def __index__(self):
        return "x"
try:
    [1][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
# __index__ in comparisons / arithmetic is not used
try:
    Idx(1) + 1
except TypeError as e:
    print(type(e).__name__, e)
class Trunc:
    def __trunc__(self):
        return 9
print(math.trunc(Trunc()))
class Rnd:
    def __round__(self, n=None):
        return ("round", n)
print(round(Rnd()), round(Rnd(), 2))
class Fl:
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
print(math.floor(Fl()), math.ceil(Fl()))
