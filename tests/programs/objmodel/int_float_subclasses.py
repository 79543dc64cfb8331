# Subclassing int and float: result types, repr, and overridden behaviour.

class MyInt(int):
    pass

class Cents(int):
    def __repr__(self):
        return "Cents(%d)" % int(self)
    def __str__(self):
        return "%d.%02d" % divmod(int(self), 100)
    def __add__(self, o):
        return Cents(int(self) + int(o))
    __radd__ = __add__

a = MyInt(7)
print(a, repr(a), type(a).__name__, a + 1, type(a + 1).__name__, type(-a).__name__, type(abs(a)).__name__)
print(type(a * a).__name__, type(a // 2).__name__, type(a / 2).__name__, type(a << 1).__name__, type(+a).__name__)
print(isinstance(a, int), a == 7, hash(a) == hash(7), {7: "x"}[a], int(a), type(int(a)).__name__)
print(a.bit_length(), a.real, type(a.real).__name__, a.numerator, divmod(a, 3), pow(a, 2), a ** 2 % 5)

c = Cents(1234)
print(c, repr(c), c + 66, repr(c + 66), repr(10 + c), sum([Cents(1), Cents(2)], Cents(0)), repr(c - 34))
print(f"{c}", "%d" % c, "%s" % str(c), format(c, ">8"), [c], "%r" % (repr(c),))

# Constructor with extra state via __new__.
class Tagged(int):
    def __new__(cls, value, tag="none"):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged(42, "answer")
print(t, t.tag, t + 0, Tagged("101", "str"), Tagged("ff", "hex").tag if False else int("ff", 16))
print(Tagged(3) < Tagged(5), sorted([Tagged(3), Tagged(1), Tagged(2)]), max(Tagged(9), 4))

class MyFloat(float):
    def __repr__(self):
        return "MyFloat(%s)" % float.__repr__(self)

f = MyFloat(2.5)
print(f, repr(f), str(f), f + 1, type(f + 1).__name__, type(f * 2).__name__, f.is_integer(), f.hex())
print(round(float(f)), type(round(float(f))).__name__, int(f), f.as_integer_ratio(), float(f), repr(float(f)))
print(MyFloat("1e3"), MyFloat(3) == 3, MyFloat(0.1) + MyFloat(0.2), -f)

class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, v)
    def to_f(self):
        return self * 9 / 5 + 32
print(Celsius(100).to_f(), Celsius(-40).to_f(), isinstance(Celsius(1), float))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)

# bool cannot be subclassed; int subclass of a subclass works.
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
class Deeper(MyInt):
    def double(self):
        return Deeper(self * 2)
dd = Deeper(21).double()
print(dd, type(dd).__name__, type(dd + dd).__name__)

# Hot loop with subclass arithmetic.
total = Cents(0)
ftot = 0.0
for i in range(500):
    total = total + Cents(i)
    ftot += MyFloat(i) / 4
print("total", repr(total), str(total), ftot, type(ftot).__name__)
