# Hot loops calling methods and touching attributes (exercises the JIT's loop paths)
class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v
    def step(self, dt):
        self.x += self.v * dt
        if self.x < 0 or self.x > 100:
            self.v = -self.v
        return self.x
class Heavy(Particle):
    def step(self, dt):
        return super().step(dt / 2)
def simulate(parts, n):
    total = 0.0
    for i in range(n):
        for p in parts:
            total += p.step(0.5)
    return total
parts = [Particle(i * 7 % 100, (i % 5) - 2) for i in range(10)] + [Heavy(50, 3), Heavy(10, -4)]
print("%.6f" % simulate(parts, 2000))
print([round(p.x, 3) for p in parts])
class Acc:
    def __init__(self):
        self.total = 0
        self.count = 0
    def add(self, v):
        self.total += v
        self.count += 1
def accumulate(n):
    a = Acc()
    i = 0
    while i < n:
        a.add(i % 7)
        i += 1
    return a.total, a.count
print(accumulate(50000))
# polymorphic call site
class Sq:
    def f(self, x): return x * x
class Cube:
    def f(self, x): return x * x * x
class Neg:
    def f(self, x): return -x
def poly(n):
    objs = [Sq(), Cube(), Neg()]
    s = 0
    for i in range(n):
        s += objs[i % 3].f(i % 10)
    return s
print(poly(30000))
# attribute shapes changing inside a hot loop
class Bag:
    pass
def shapes(n):
    out = 0
    for i in range(n):
        b = Bag()
        if i % 2:
            b.a = i
            b.b = 1
        else:
            b.b = 2
            b.a = i
        if i % 3 == 0:
            b.c = 5
        out += b.a + b.b + getattr(b, "c", 0)
    return out
print(shapes(20000))
# class attribute modified during a hot loop
class Cfg:
    factor = 1
def scaled(n):
    s = 0
    for i in range(n):
        if i == n // 2:
            Cfg.factor = 3
        s += Cfg.factor
    return s
print(scaled(10000), Cfg.factor)
# method replaced during a hot loop
class Greeter:
    def g(self):
        return 1
def swap(n):
    gr = Greeter()
    s = 0
    for i in range(n):
        if i == 700:
            Greeter.g = lambda self: 10
        if i == 1400:
            gr.g = lambda: 100
        s += gr.g()
    return s
print(swap(2000))
# operator overloading in a hot loop
class Mod7:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v % 7
    def __add__(self, o): return Mod7(self.v + o.v)
    def __mul__(self, o): return Mod7(self.v * o.v)
    def __eq__(self, o): return self.v == o.v
def mod_sum(n):
    acc = Mod7(0)
    for i in range(n):
        acc = acc + Mod7(i) * Mod7(i + 1)
    return acc.v
print(mod_sum(20000), Mod7(3) == Mod7(10))
