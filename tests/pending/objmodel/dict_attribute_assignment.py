# Assigning a new dict to obj.__dict__ replaces the instance namespace.

class R:
    def __init__(self):
        self.a = 1
        self.b = 2

r = R()
r.__dict__ = {"fresh": True}
print(vars(r), hasattr(r, "a"), r.fresh)
r.c = 3
print(sorted(vars(r)))
try:
    r.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)

shared = {"x": 0}
objs = [R() for _ in range(3)]
for o in objs:
    o.__dict__ = shared
for i in range(300):
    objs[i % 3].x += 1
print(shared, objs[0].x, objs[2].__dict__ is shared)
