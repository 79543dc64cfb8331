# property: decorator form, property(fget, fset, fdel), errors
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)

class Old:
    def __init__(self):
        self._x = 1
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 10
    def delx(self):
        self._x = None
    x = property(getx, setx, delx, "the x")
    ro = property(getx)
o = Old()
print(o.x)
o.x = 5
print(o.x, o.ro)
del o.x
print(o.x)
print(Old.x.__doc__)
print(type(Old.x).__name__, Old.x.fget is Old.getx, Old.ro.fset)
try:
    o.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
# property shadowing instance dict
o.__dict__["x"] = "dict"
print(o.x)
# property with no getter
class W:
    w = property(None, lambda self, v: print("set", v))
W().w = 3
try:
    W().w
except AttributeError as e:
    print(type(e).__name__, e)
# property in subclass overriding
class Sq:
    def __init__(self, s): self.s = s
    @property
    def area(self): return self.s ** 2
class Cube(Sq):
    @property
    def area(self): return 6 * self.s ** 2
print(Sq(3).area, Cube(3).area)
