# Attribute loads and stores on instances inside hot loops: the JIT guards on each instance's
# shape and on the type epoch, so every change below must leave the trace and stay correct.


class Counter:
    step = 2

    def __init__(self):
        self.n = 0
        self.total = 0.0

    def bump(self, k):
        self.n += self.step
        self.total += k * 0.5
        return self.n


def run_counter():
    c = Counter()
    s = 0
    for i in range(3000):
        s += c.bump(i)
        if i == 1000:
            Counter.step = 3  # a class attribute changes: the type epoch moves
        if i == 2000:
            c.extra = 1  # the instance gains an attribute: its shape changes
    print("counter", s, c.n, c.total, c.extra)


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y


class Vec3(Vec):
    def __init__(self, x, y, z):
        Vec.__init__(self, x, y)
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * getattr(o, "z", 0)


def run_poly():
    vs = [Vec(1, 2), Vec(3.5, -1), Vec3(1, 1, 1), Vec(2, 2)]
    acc = 0
    for i in range(2000):
        a = vs[i % 4] if i > 1500 else vs[0]
        acc += a.dot(vs[3])
    print("poly", acc)


class Box:
    def __init__(self):
        self.v = 1

    def get(self):
        return self.v


def run_type_change():
    b = Box()
    t = 0
    for i in range(2000):
        t += b.get()
        if i == 700:
            b.v = 2.5  # int -> float in the same slot
        if i == 1400:
            b.v = True
    print("type change", t)


def run_method_replaced():
    b = Box()
    t = 0
    for i in range(1500):
        t += b.get()
        if i == 500:
            Box.get = lambda self: self.v * 10
        if i == 1000:
            b.get = lambda: -1  # an instance attribute shadows the method
    print("method replaced", t)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


def run_slotted_and_props():
    s = Slotted()
    t = 0
    for i in range(1000):
        s.a = s.a + s.b
        if s.a > 1000:
            s.a = 0
        t += s.a
    print("slotted", t, s.a, s.b)


class P:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x * 2


def run_property():
    p = P()
    t = 0
    for i in range(1000):
        t += p.x + p._x
        p._x = i % 5
    print("property", t)


def run_del_and_dict():
    b = Box()
    t = 0
    for i in range(1200):
        t += b.v
        if i == 400:
            b.__dict__["v"] = 7  # the instance moves to dict mode
        if i == 800:
            del b.v
            b.v = 3
    print("dict mode", t)


run_counter()
run_poly()
run_type_change()
run_method_replaced()
run_slotted_and_props()
run_property()
run_del_and_dict()
