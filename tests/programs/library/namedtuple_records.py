# namedtuple: fields, _replace, _asdict, _make, defaults, tuple behaviour.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
P3 = namedtuple("P3", "x y z", defaults=[0])
Emp = namedtuple("Emp", "name, dept, salary")

p = Point(3, 4)
print(p, p.x, p[1], len(p), tuple(p), list(p))
print(Point._fields, P3._fields, P3._field_defaults, Emp.__name__)
print(p._replace(x=10), p, p._asdict())
print(Point._make([7, 8]), Point(y=2, x=1), P3(1, 2), P3(1, 2, 3))
x, y = p
print(x + y, p == (3, 4), p == Point(3, 4), p < Point(3, 5), hash(p) == hash((3, 4)))
print(p + (5,), p * 2, p[::-1], 4 in p, p.index(4), p.count(3))
print(isinstance(p, tuple), type(p).__name__, repr(P3(z=9, x=1, y=2)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 1): "a", (1, 1): "b"})

try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(w=1)
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
R = namedtuple("R", "a def b", rename=True)
print(R._fields)

# subclass with methods
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return "Vec<%s,%s>" % self

v = Vec(0, 0)
for i in range(1000):
    v = v + Vec(i % 7 - 3, i % 5 - 2)
print(v, v.norm2(), v._replace(y=1))

# a record table
emps = []
depts = ["eng", "ops", "sales", "hr"]
for i in range(400):
    emps.append(Emp("e%03d" % i, depts[(i * 7) % 4], 50000 + (i * 7919) % 40000))
by_dept = {}
for e in emps:
    by_dept.setdefault(e.dept, []).append(e)
for d in sorted(by_dept):
    es = by_dept[d]
    top = max(es, key=lambda e: e.salary)
    print(d, len(es), sum(e.salary for e in es) // len(es), top.name, top.salary)

raised = [e._replace(salary=e.salary * 11 // 10) for e in emps if e.dept == "ops"]
print(raised[0], raised[0]._asdict()["salary"], sum(r.salary for r in raised))
print(sorted(emps, key=lambda e: (e.salary, e.name))[:2])

# unpacking in loops, star unpacking
total = 0
for name, dept, salary in emps:
    if dept == "eng":
        total += salary
print(total)
first, *rest = P3(1, 2, 3)
print(first, rest)
print(dict(zip(Emp._fields, emps[5])), Point(**{"x": 1, "y": 2}), Point(*range(2)))
