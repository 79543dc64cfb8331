# A tiny raytracer with classes; prints an ASCII image and a checksum
import math
class Vec:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def __mul__(self, k): return Vec(self.x * k, self.y * k, self.z * k)
    __rmul__ = __mul__
    def dot(self, o): return self.x * o.x + self.y * o.y + self.z * o.z
    def __abs__(self): return math.sqrt(self.dot(self))
    def norm(self): return self * (1.0 / abs(self))
    def __neg__(self): return Vec(-self.x, -self.y, -self.z)
class Ray:
    def __init__(self, origin, direction):
        self.o = origin
        self.d = direction.norm()
    def at(self, t):
        return self.o + self.d * t
class Sphere:
    def __init__(self, center, radius, shade):
        self.c, self.r, self.shade = center, radius, shade
    def hit(self, ray):
        oc = ray.o - self.c
        b = oc.dot(ray.d)
        c = oc.dot(oc) - self.r * self.r
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None
    def normal(self, p):
        return (p - self.c).norm()
class Plane:
    def __init__(self, y, shade):
        self.y, self.shade = y, shade
    def hit(self, ray):
        if abs(ray.d.y) < 1e-9:
            return None
        t = (self.y - ray.o.y) / ray.d.y
        return t if t > 1e-6 else None
    def normal(self, p):
        return Vec(0, 1, 0)
class Scene:
    def __init__(self, objs, light):
        self.objs = objs
        self.light = light.norm()
    def trace(self, ray):
        best, best_t = None, float("inf")
        for o in self.objs:
            t = o.hit(ray)
            if t is not None and t < best_t:
                best, best_t = o, t
        if best is None:
            return 0.0
        p = ray.at(best_t)
        n = best.normal(p)
        lam = max(0.0, n.dot(self.light))
        shadow = Ray(p + n * 1e-4, self.light)
        for o in self.objs:
            if o.hit(shadow) is not None:
                lam *= 0.3
                break
        return best.shade * (0.2 + 0.8 * lam)
scene = Scene([Sphere(Vec(0, 0, 5), 1.5, 1.0), Sphere(Vec(2, -0.5, 4), 0.7, 0.8), Plane(-1.5, 0.6)],
              Vec(-1, 1, -1))
W, H = 32, 16
chars = " .:-=+*#%@"
checksum = 0.0
rows = []
for j in range(H):
    row = []
    for i in range(W):
        x = (i - W / 2) / (W / 2) * 1.6
        y = (H / 2 - j) / (H / 2) * 0.9
        v = scene.trace(Ray(Vec(0, 0, 0), Vec(x, y, 1.5)))
        checksum += v * (i + 1) * (j + 1)
        row.append(chars[min(len(chars) - 1, int(v * (len(chars) - 1) + 0.5))])
    rows.append("".join(row))
print("\n".join(rows))
print("checksum %.6f" % checksum)
print(abs(Vec(3, 4, 0)), (2 * Vec(1, 2, 3)).dot(Vec(1, 1, 1)), (-Vec(1, 0, 0)).x)
