# copy.copy / copy.deepcopy of instances whose attributes live in __slots__: CPython copies the
# slot values (object.__reduce_ex__ / object.__getstate__ returns (None, slot_dict)); pyjit's
# embedded copy module returns an instance with no slot values set.
import copy

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b

class Child(Slotted):
    __slots__ = ("c",)
    def __init__(self):
        super().__init__([1], {"k": [2]})
        self.c = "cee"

class Mixed:
    __slots__ = ("x", "__dict__")

print(hasattr(object(), "__getstate__"))
s = Slotted([1], 2)
s2 = copy.deepcopy(s)
s.a.append(5)
print(s2.a, s2.b, copy.copy(s).a is s.a)
total = 0
for i in range(300):
    c = copy.deepcopy(Child())
    c.b["k"].append(i)
    total += len(c.a) + len(c.b["k"]) + len(c.c)
print(total)
m = Mixed()
m.x = 1
m.y = 2
m2 = copy.copy(m)
print(m2.x, m2.y)
