# __setattr__/__delattr__ overrides calling object.__setattr__ / super()
class Tracked:
    def __init__(self, a):
        self.a = a
        self.b = a * 2
    def __setattr__(self, name, value):
        log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        log.append(("del", name))
        super().__delattr__(name)
log = []
t = Tracked(1)
t.c = 3
t.a += 10
del t.b
print(log)
print(sorted(vars(t).items()))
try:
    del t.b
except AttributeError as e:
    print(type(e).__name__, e)
print(log[-1])
# frozen object
class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, name, value):
        raise AttributeError("cannot set %r: frozen" % name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete %r: frozen" % name)
    def __repr__(self):
        return "Frozen(%r, %r)" % (self.x, self.y)
f = Frozen(1, 2)
print(f)
for action in ("set", "del", "setattr"):
    try:
        if action == "set":
            f.x = 5
        elif action == "del":
            del f.y
        else:
            setattr(f, "z", 0)
    except AttributeError as e:
        print(type(e).__name__, e)
print(f)
# validation and coercion in __setattr__
class Typed:
    types = {"n": int, "s": str}
    def __setattr__(self, name, value):
        t = self.types.get(name)
        if t is not None and not isinstance(value, t):
            value = t(value)
        super().__setattr__(name, value)
ty = Typed()
ty.n = "42"
ty.s = 3.5
ty.other = [1]
print(ty.n + 1, ty.s + "!", ty.other)
try:
    ty.n = "x"
except ValueError as e:
    print(type(e).__name__, e)
# __setattr__ and properties: object.__setattr__ respects descriptors
class WithProp:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        object.__setattr__(self, "_v", val * 100)
    def __setattr__(self, name, value):
        log2.append(name)
        object.__setattr__(self, name, value)
log2 = []
wp = WithProp()
wp.v = 3
print(wp.v, log2)
# __setattr__ inherited by subclass with slots-free dict
class Counting:
    sets = 0
    def __setattr__(self, name, value):
        type(self).sets += 1
        object.__setattr__(self, name, value)
class CountingChild(Counting):
    sets = 0
    def __init__(self):
        self.a = 1
        self.b = 2
cc = CountingChild()
for i in range(5):
    cc.a = i
print(CountingChild.sets, Counting.sets, cc.a)
# object.__setattr__ on builtin fails
try:
    object.__setattr__(1, "x", 2)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
