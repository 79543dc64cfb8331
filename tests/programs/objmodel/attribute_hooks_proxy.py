# __getattr__, __getattribute__, __setattr__, __delattr__: proxies and logging.

class Target:
    def __init__(self):
        self.x = 1
        self.items = [1, 2, 3]
    def double(self, v):
        return v * 2

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append("get " + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append("del " + name)
        delattr(self._target, name)

t = Target()
p = Proxy(t)
print(p.x, p.double(21), len(p.items))
p.y = 10
p.x += 5
print(t.x, t.y, hasattr(p, "y"))
del p.y
print(hasattr(t, "y"), hasattr(p, "nothing"))
print(p._log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)

# __getattribute__ intercepts everything, including existing attributes.
class Logged:
    def __init__(self):
        self.a = 1
        self.seen = []
    def __getattribute__(self, name):
        if name != "seen":
            object.__getattribute__(self, "seen").append(name)
        if name == "secret":
            raise AttributeError("no secret for you")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
    def method(self):
        return self.a + 1

lg = Logged()
print(lg.a, lg.method(), lg.secret, lg.other, getattr(lg, "zzz"))
print(lg.seen)

# __setattr__ validation and computed storage.
class Strict:
    allowed = ("w", "h")
    def __setattr__(self, name, value):
        if name not in self.allowed:
            raise AttributeError("cannot set %r" % name)
        if value < 0:
            raise ValueError("%s must be >= 0" % name)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        raise AttributeError("cannot delete %r" % name)
s = Strict()
s.w = 3
s.h = 4
print(s.w * s.h, vars(s))
for name, val in [("d", 1), ("w", -1)]:
    try:
        setattr(s, name, val)
    except (AttributeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del s.w
except AttributeError as e:
    print("AttributeError:", e)

# Attribute access counting via __getattr__ for a dynamic record.
class Record:
    def __init__(self, **fields):
        self.__dict__["_fields"] = fields
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self._fields[name] = value
rec = Record(a=1, b=2)
rec.c = 3
print(rec.a + rec.b + rec.c, sorted(rec._fields), getattr(rec, "q", "default"), vars(rec) == {"_fields": rec._fields})

# Hot loop through the hooks.
p2 = Proxy(Target())
total = 0
for i in range(400):
    p2.x = i
    total += p2.x + p2.double(i) + rec.a
print("total", total, len(p2._log))
