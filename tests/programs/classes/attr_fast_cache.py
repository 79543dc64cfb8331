# The attribute caches' last-hit entries: one site seeing many shapes (eviction), class
# attributes and methods changed under a warm site, an instance attribute shadowing a method,
# instances moved to dict mode, deleted attributes, and stores through a warm site.
class P:
    kind = "p"
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

def shapes(n):
    objs = []
    for i in range(n):
        o = P(i)
        for j in range(i % 7):
            setattr(o, "a%d" % j, j)
        objs.append(o)
    return objs

def total(objs):
    t = 0
    for o in objs:
        t += o.x + o.get()
        o.x = o.x + 1
    return t

objs = shapes(40)
print(total(objs), total(objs), total(objs))
# a class value, then a changed class value, then an instance value shadowing it
def kinds(objs):
    return "".join(o.kind for o in objs[:5])
print(kinds(objs))
P.kind = "q"
print(kinds(objs))
objs[1].kind = "z"
print(kinds(objs))
# methods replaced on the class while sites are warm
print(total(objs))
P.get = lambda self: -self.x
print(total(objs))
objs[2].get = lambda: 1000
print(total(objs))
del P.get
try:
    total(objs)
except AttributeError as e:
    print("AttributeError:", e)
P.get = lambda self: 0
# dict mode: touching __dict__ after the site is warm
o = objs[3]
print(o.x, total([o, o, o]))
o.__dict__["x"] = 77
print(o.x, total([o]), o.x, sorted(o.__dict__)[:3])
del o.x
try:
    print(o.x)
except AttributeError as e:
    print("AttributeError:", e)
o.x = 5
print(o.x, total([o, objs[4]]))
# subclasses and slots through the same site
class Q(P):
    def get(self):
        return 2 * self.x
class S:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x + 0.5
mixed = [P(1), Q(2), S(3), P(4), Q(5), S(6)] * 3
print(total(mixed), total(mixed))
class D:
    @property
    def x(self):
        return 9
    def get(self):
        return 1
try:
    print(total([D(), P(1)]))
except AttributeError as e:
    print("AttributeError:", e)
print(D().x, [m.x for m in mixed[:6]])
