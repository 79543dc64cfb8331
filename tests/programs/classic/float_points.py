# Float: the pyperformance bm_float benchmark — create Point objects from sin/cos, normalize
# them, then reduce with maximize.
from math import sin, cos, sqrt


class Point(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


for n in (10, 1000, 20000):
    print(n, benchmark(n))

# a second pass: statistics over the normalized points
pts = [Point(i * 0.5) for i in range(5000)]
for p in pts:
    p.normalize()
sx = sum(p.x for p in pts)
sy = sum(p.y for p in pts)
sz = sum(p.z for p in pts)
print(repr(sx), repr(sy), repr(sz))
print(min(pts, key=lambda p: p.z), max(pts, key=lambda p: (p.y, p.x)))
norms = [p.x * p.x + p.y * p.y + p.z * p.z for p in pts]
print(all(abs(v - 1.0) < 1e-12 for v in norms), "%.15f" % (sum(norms) / len(norms)))
