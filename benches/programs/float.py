"""float: create many Point objects from sin/cos, normalize them and fold them with an element-wise maximum (object allocation, attribute access and float math).

Each main-loop iteration builds `size` fresh points, normalizes each and reduces them to one point
with maximize(), and also computes their centroid; the points of iteration k are generated from the
angles i + k * 0.25. Checksum: the sums over all iterations of the maximized points and of the
centroids, and the last maximized point.
"""
# bench-quick-size: 5000
import sys
import time
from math import sin, cos, sqrt

DEFAULT_SIZE = 100000
ITERATIONS = 12


class Point(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, angle):
        self.x = x = sin(angle)
        self.y = cos(angle) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)

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
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def centroid(points):
    sx = sy = sz = 0.0
    for p in points:
        sx += p.x
        sy += p.y
        sz += p.z
    n = len(points)
    return sx / n, sy / n, sz / n


def benchmark(n, offset):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i + offset)
    for p in points:
        p.normalize()
    centre = centroid(points)
    return maximize(points), centre


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE

    sx = sy = sz = 0.0
    cx = cy = cz = 0.0
    last = None
    for i in range(ITERATIONS):
        t0 = time.perf_counter()
        last, centre = benchmark(size, i * 0.25)
        sx += last.x
        sy += last.y
        sz += last.z
        cx += centre[0]
        cy += centre[1]
        cz += centre[2]
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    print("max sum %.9f %.9f %.9f" % (sx, sy, sz))
    print("centroid sum %.9f %.9f %.9f" % (cx, cy, cz))
    print("last %r" % (last,))


main()
