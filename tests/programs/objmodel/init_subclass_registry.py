# __init_subclass__ as a plugin-registry hook.

class Plugin:
    registry = {}
    order = []

    def __init_subclass__(cls, /, key=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        name = key or cls.__name__.lower()
        if name in Plugin.registry:
            raise ValueError("duplicate plugin key %r" % name)
        cls.key = name
        cls.priority = priority
        Plugin.registry[name] = cls
        Plugin.order.append(name)

    def run(self, x):
        raise NotImplementedError

class Double(Plugin, key="dbl", priority=5):
    def run(self, x):
        return x * 2

class Square(Plugin, priority=9):
    def run(self, x):
        return x * x

class Negate(Plugin):
    def run(self, x):
        return -x

class LoudDouble(Double, key="loud"):
    def run(self, x):
        return super().run(x) + 1000

print(Plugin.order)
print(sorted((k, c.__name__, c.priority) for k, c in Plugin.registry.items()))
print(LoudDouble.priority, Double.key, LoudDouble.key, hasattr(Plugin, "key"))

try:
    class Dup(Plugin, key="dbl"):
        pass
except ValueError as e:
    print("ValueError:", e)
print("dup" in Plugin.registry, len(Plugin.registry))

try:
    class BadKw(Plugin, colour="red"):
        pass
except TypeError as e:
    # (exact message: tests/pending/objmodel/init_subclass_kwargs_error.py)
    print("TypeError:", "takes no keyword arguments" in str(e))

# __init_subclass__ is an implicit classmethod; it sees the new class.
class Tracked:
    seen = []
    def __init_subclass__(cls):
        Tracked.seen.append((cls.__name__, [b.__name__ for b in cls.__bases__]))
class T1(Tracked): pass
class T2(T1): pass
class T3(T2): pass
print(Tracked.seen)

# Chained __init_subclass__ in a hierarchy.
class Base:
    def __init_subclass__(cls, **kw):
        cls.tags = ["base"]
        super().__init_subclass__(**kw)
class Middle(Base):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.tags = cls.tags + ["middle"]
class Leaf(Middle):
    pass
print(Middle.tags, Leaf.tags, hasattr(Base, "tags"))

# Dispatch through the registry in a hot loop.
by_priority = sorted(Plugin.registry.values(), key=lambda c: (-c.priority, c.key))
print([c.key for c in by_priority])
instances = [c() for c in by_priority]
total = 0
for i in range(500):
    p = instances[i % len(instances)]
    total += p.run(i % 17)
print("total", total)
