# Builtins applied to int/float subclasses: 3-arg pow, %-formatting with overridden __str__/__repr__, round().

class MyInt(int):
    pass

class Cents(int):
    def __repr__(self): return "Cents(%d)" % int(self)
    def __str__(self): return "%d.%02d" % divmod(int(self), 100)

class MyFloat(float):
    def __repr__(self): return "MyFloat(%s)" % float.__repr__(self)

a = MyInt(7)
print(pow(a, 2, 5), pow(7, a, 5), pow(7, 2, a))
c = Cents(1234)
print("%s" % c, "%r" % c, "%d" % c, str(c), repr(c))
f = MyFloat(2.5)
print("%s" % f, "%r" % f, str(f))
print(round(f), round(MyFloat(2.567), 2), type(round(f)).__name__)

total = 0
for i in range(300):
    total += pow(MyInt(i), 3, 97) + round(MyFloat(i / 3))
print(total)
