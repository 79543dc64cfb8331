# Per-class counters via type(self), class attributes vs instance state
class Tracked:
    created = 0
    alive_ids = None
    def __init__(self):
        cls = type(self)
        cls.created += 1
        self.serial = cls.created
class A(Tracked): pass
class B(Tracked):
    created = 100
class C(B): pass
objs = [A(), A(), B(), C(), C(), Tracked(), B()]
print([o.serial for o in objs])
print(Tracked.created, A.created, B.created, C.created)
print("created" in A.__dict__, "created" in C.__dict__, "created" in vars(objs[0]))
# class attribute used as default, instance override
class Settings:
    retries = 3
    verbose = False
    def bump(self):
        self.retries += 1
s1, s2 = Settings(), Settings()
s1.bump(); s1.bump()
print(s1.retries, s2.retries, Settings.retries, vars(s1), vars(s2))
Settings.retries = 10
print(s1.retries, s2.retries)
s2.verbose = True
del s1.retries
print(s1.retries, s2.verbose, Settings.verbose)
# identity and equality
class Id:
    pass
x, y = Id(), Id()
z = x
print(x is z, x is y, x == z, x == y, x != y, [x, y].index(y), [x, y, x].count(x))
# objects in lists keep identity across operations
lst = [Id() for _ in range(3)]
copy = lst[:]
print(all(a is b for a, b in zip(lst, copy)), lst[0] in copy, len(set(map(id, lst))) == 3)
# class-level cache shared by all instances
class Memo:
    cache = {}
    calls = 0
    def compute(self, n):
        if n not in self.cache:
            Memo.calls += 1
            self.cache[n] = n * n
        return self.cache[n]
m1, m2 = Memo(), Memo()
print([m1.compute(i % 4) for i in range(8)], [m2.compute(i) for i in range(6)], Memo.calls, len(Memo.cache))
# instance attribute named like a method shadows it
class Shadow:
    def act(self):
        return "method"
sh = Shadow()
print(sh.act())
sh.act = lambda: "instance lambda"
print(sh.act(), Shadow().act(), Shadow.act(sh))
del sh.act
print(sh.act())
