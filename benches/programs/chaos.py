"""chaos: the chaos game, rendering iterated-function-system fractals (Sierpinski, fern, dragon, carpet, ...) into a hit-count grid (small objects, __call__, operator overloading, bisect, seeded random).

Each main-loop iteration renders one frame: it picks the next fractal of FRACTALS, reseeds the
random generator, runs the chaos game for `size` points and plots them on a GRID_W x GRID_H canvas.
Checksum: per fractal, the number of set pixels and a positional hash of the hit counts (summed over
the frames that used it), and one line combining all frames.
"""
# bench-quick-size: 2000
import sys
import time
import random
from bisect import bisect_right

DEFAULT_SIZE = 72000
ITERATIONS = 12
GRID_W = 160
GRID_H = 120
SKIP = 20          # the first points are not yet on the attractor


class Vec2(object):
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec2(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec2(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec2(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __repr__(self):
        return "Vec2(%.6f, %.6f)" % (self.x, self.y)


class AffineMap(object):
    """p -> (a*x + b*y + e, c*x + d*y + f)."""

    def __init__(self, a, b, c, d, e, f):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def __call__(self, p):
        return Vec2(self.a * p.x + self.b * p.y + self.e,
                    self.c * p.x + self.d * p.y + self.f)


class ContractTowards(object):
    """p -> p + ratio * (target - p): the classic 'move part of the way to a vertex' rule."""

    def __init__(self, target, ratio):
        self.target = target
        self.ratio = ratio

    def __call__(self, p):
        return p + (self.target - p) * self.ratio


class IFS(object):
    def __init__(self, name, maps, weights, bounds):
        self.name = name
        self.maps = maps
        total = float(sum(weights))
        self.cumulative = []
        acc = 0.0
        for w in weights[:-1]:
            acc += w / total
            self.cumulative.append(acc)
        self.bounds = bounds          # (minx, miny, maxx, maxy)

    def pick(self, r):
        return self.maps[bisect_right(self.cumulative, r)]

    def run(self, canvas, n, rng_random):
        minx, miny, maxx, maxy = self.bounds
        p = Vec2((minx + maxx) / 2.0, (miny + maxy) / 2.0)
        for i in range(n + SKIP):
            p = self.pick(rng_random())(p)
            if i >= SKIP:
                canvas.plot(p)
        return p


class Canvas(object):
    def __init__(self, width, height, bounds):
        self.width = width
        self.height = height
        minx, miny, maxx, maxy = bounds
        self.minx = minx
        self.miny = miny
        self.sx = (width - 1) / (maxx - minx)
        self.sy = (height - 1) / (maxy - miny)
        self.rows = [[0] * width for _ in range(height)]
        self.outside = 0

    def plot(self, p):
        col = int((p.x - self.minx) * self.sx + 0.5)
        row = int((p.y - self.miny) * self.sy + 0.5)
        if 0 <= col < self.width and 0 <= row < self.height:
            self.rows[self.height - 1 - row][col] += 1
        else:
            self.outside += 1

    def filled(self):
        return sum(1 for row in self.rows for v in row if v)

    def hash(self):
        h = 0
        for y, row in enumerate(self.rows):
            for x, v in enumerate(row):
                if v:
                    h = (h * 31 + v * (x + 1) + y * 7) % 1000000007
        return h


def make_fractals():
    third = 1.0 / 3.0
    carpet = []
    for i in range(3):
        for j in range(3):
            if i == 1 and j == 1:
                continue
            carpet.append(AffineMap(third, 0.0, 0.0, third, i * third, j * third))
    pentagon = [Vec2(0.0, 1.0), Vec2(0.951056516, 0.309016994), Vec2(0.587785252, -0.809016994),
                Vec2(-0.587785252, -0.809016994), Vec2(-0.951056516, 0.309016994)]
    return [
        IFS("sierpinski",
            [ContractTowards(Vec2(0.0, 0.0), 0.5), ContractTowards(Vec2(1.0, 0.0), 0.5),
             ContractTowards(Vec2(0.5, 0.866025404), 0.5)],
            [1, 1, 1], (0.0, 0.0, 1.0, 0.866025404)),
        IFS("fern",
            [AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0),
             AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6),
             AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6),
             AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44)],
            [1, 85, 7, 7], (-2.2, 0.0, 2.7, 10.0)),
        IFS("dragon",
            [AffineMap(0.5, -0.5, 0.5, 0.5, 0.0, 0.0),
             AffineMap(-0.5, -0.5, 0.5, -0.5, 1.0, 0.0)],
            [1, 1], (-0.35, -0.35, 1.2, 0.7)),
        IFS("carpet", carpet, [1] * len(carpet), (0.0, 0.0, 1.0, 1.0)),
        IFS("pentaflake",
            [ContractTowards(v, 0.618) for v in pentagon],
            [1, 1, 1, 1, 1], (-1.0, -0.85, 1.0, 1.05)),
        IFS("maple",
            [AffineMap(0.14, 0.01, 0.0, 0.51, -0.08, -1.31),
             AffineMap(0.43, 0.52, -0.45, 0.5, 1.49, -0.75),
             AffineMap(0.45, -0.49, 0.47, 0.47, -1.62, -0.74),
             AffineMap(0.49, 0.0, 0.0, 0.51, 0.02, 1.62)],
            [10, 35, 35, 20], (-3.5, -3.4, 3.4, 3.4)),
    ]


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE

    fractals = make_fractals()
    stats = {}
    combined = 0
    for i in range(ITERATIONS):
        t0 = time.perf_counter()
        ifs = fractals[i % len(fractals)]
        random.seed(1234 + i)
        canvas = Canvas(GRID_W, GRID_H, ifs.bounds)
        last = ifs.run(canvas, size, random.random)
        filled = canvas.filled()
        h = canvas.hash()
        old = stats.get(ifs.name, (0, 0, 0))
        stats[ifs.name] = (old[0] + filled, (old[1] + h) % 1000000007, old[2] + canvas.outside)
        combined = (combined * 1000003 + h + filled) % 1000000007
        combined = (combined + int(last.x * 1000.0) * 17 + int(last.y * 1000.0)) % 1000000007
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    names = sorted(stats)
    print(" ".join("%s=%d" % (name, stats[name][0]) for name in names))
    print(" ".join("%s:%d" % (name, stats[name][1]) for name in names))
    print("outside %d" % sum(stats[name][2] for name in names))
    print("combined %d" % combined)


main()
