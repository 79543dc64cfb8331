# Class calls whose __init__ runs as an interpreter frame (no nested eval loop): results,
# errors raised inside __init__, a non-None return, and the slow paths next to them.
import sys


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Bad:
    def __init__(self):
        return 3


class Raises:
    def __init__(self, v):
        if v > 2:
            raise ValueError("too big: %d" % v)
        self.v = v


class Defaults:
    def __init__(self, a, b=10):
        self.s = a + b


class WithNew:
    def __new__(cls, *args):
        o = super().__new__(cls)
        o.made = len(args)
        return o

    def __init__(self, a):
        self.a = a


class Frames:
    def __init__(self):
        self.caller = sys._getframe(1).f_code.co_name


class Child(P):
    def __init__(self, x):
        super().__init__(x, -x)


def make():
    return Frames()


def main():
    total = 0
    for i in range(300):
        p = P(i, i * 2)
        total += p.x + p.y
        c = Child(i)
        total += c.x + c.y
        total += Defaults(i).s
        w = WithNew(i)
        total += w.a + w.made
    print(total)
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)
    for v in range(5):
        try:
            print(Raises(v).v)
        except ValueError as e:
            print("ValueError:", e)
    print(make().caller)
    try:
        P(1)
    except TypeError as e:
        print(e)
    print(type(P(1, 2)).__name__, vars(P(3, 4)))


main()
Raises(7)
