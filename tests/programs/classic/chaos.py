# Chaos: the pyperformance bm_chaos idea — an iterated function system (a Sierpinski-style
# chaos game with affine maps chosen by weighted seeded random), rasterized to a small grid.
import random
import math


class GVector:
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def Mag(self):
        return math.sqrt(self.x ** 2 + self.y ** 2 + self.z ** 2)

    def dist(self, other):
        return math.sqrt((self.x - other.x) ** 2 + (self.y - other.y) ** 2 + (self.z - other.z) ** 2)

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, other):
        return GVector(self.x * other, self.y * other, self.z * other)

    __rmul__ = __mul__

    def linear_combination(self, other, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2, self.z * l1 + other.z * l2)

    def __str__(self):
        return "<%f, %f, %f>" % (self.x, self.y, self.z)


class Chaosgame:
    def __init__(self, maps, weights, rng):
        self.maps = maps
        total = float(sum(weights))
        self.cum = []
        acc = 0.0
        for w in weights:
            acc += w / total
            self.cum.append(acc)
        self.rng = rng
        self.minx = self.miny = 0.0
        self.maxx = self.maxy = 1.0

    def choose(self):
        r = self.rng.random()
        for i, c in enumerate(self.cum):
            if r <= c:
                return i
        return len(self.cum) - 1

    def transform(self, point):
        a, b, c, d, e, f = self.maps[self.choose()]
        return GVector(a * point.x + b * point.y + e, c * point.x + d * point.y + f, 0)

    def create_image(self, w, h, n):
        point = GVector((self.maxx + self.minx) / 2, (self.maxy + self.miny) / 2, 0)
        grid = [[0] * w for _ in range(h)]
        for i in range(n):
            point = self.transform(point)
            if i < 20:
                continue
            x = int((point.x - self.minx) / (self.maxx - self.minx) * (w - 1) + 0.5)
            y = int((point.y - self.miny) / (self.maxy - self.miny) * (h - 1) + 0.5)
            if 0 <= x < w and 0 <= y < h:
                grid[h - 1 - y][x] += 1
        return grid, point


# Sierpinski triangle maps and Barnsley fern maps (a, b, c, d, e, f)
sierpinski = [(0.5, 0, 0, 0.5, 0, 0), (0.5, 0, 0, 0.5, 0.5, 0), (0.5, 0, 0, 0.5, 0.25, 0.5)]
fern = [(0, 0, 0, 0.16, 0, 0), (0.85, 0.04, -0.04, 0.85, 0, 1.6),
        (0.2, -0.26, 0.23, 0.22, 0, 1.6), (-0.15, 0.28, 0.26, 0.24, 0, 0.44)]

rng = random.Random(1234)
game = Chaosgame(sierpinski, [1, 1, 1], rng)
grid, last = game.create_image(48, 24, 15000)
for row in grid[::2]:
    print("".join("#" if v > 12 else ("+" if v else " ") for v in row))
print("last", last, "filled", sum(1 for row in grid for v in row if v))

game2 = Chaosgame(fern, [1, 85, 7, 7], random.Random(99))
game2.minx, game2.maxx, game2.miny, game2.maxy = -2.5, 3.0, 0.0, 10.0
grid2, last2 = game2.create_image(30, 30, 15000)
checksum = 0
for y, row in enumerate(grid2):
    for x, v in enumerate(row):
        checksum = (checksum * 7 + v * (x + 1) + y) % 1000003
print("fern checksum", checksum, "max cell", max(max(r) for r in grid2), last2)
v1, v2 = GVector(1, 2, 3), GVector(4, 6, 3)
print(v1.dist(v2), (v2 - v1).Mag(), v1.linear_combination(v2, 0.25), 2 * v1)
