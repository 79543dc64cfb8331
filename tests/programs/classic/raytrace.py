# Raytrace: a condensed pyperformance bm_raytrace — Vector/Sphere/Halfspace/Ray classes, a
# checkerboard floor, lambert + specular shading with shadows and reflections; renders a tiny
# image and prints pixel checksums plus an ASCII preview.
import math
EPSILON = 0.00001
class Vector:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
    def magnitude(self):
        return math.sqrt(self.dot(self))
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)
    def scale(self, f):
        return Vector(self.x * f, self.y * f, self.z * f)
    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    def normalized(self):
        return self.scale(1.0 / self.magnitude())
    def reflectThrough(self, normal):
        return self - normal.scale(self.dot(normal)).scale(2)

Vector.ZERO = Vector(0, 0, 0)
Vector.UP = Vector(0, 1, 0)
class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()
    def pointAtTime(self, t):
        return self.point + self.vector.scale(t)
class Sphere:
    def __init__(self, centre, radius):
        self.centre, self.radius = centre, radius
    def intersectionTime(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        discriminant = (self.radius * self.radius) - (cp.dot(cp) - v * v)
        return None if discriminant < 0 else v - math.sqrt(discriminant)
    def normalAt(self, p):
        return (p - self.centre).normalized()
class Halfspace:
    def __init__(self, point, normal):
        self.point, self.normal = point, normal.normalized()
    def intersectionTime(self, ray):
        v = ray.vector.dot(self.normal)
        return 1 / -v if v else None
    def normalAt(self, p):
        return self.normal
class SimpleSurface:
    def __init__(self, baseColour=(1, 1, 1), specular=0.2, lambert=0.6, checker=None):
        self.baseColour, self.specular, self.lambert = baseColour, specular, lambert
        self.ambient = 1.0 - specular - lambert
        self.checker = checker
    def baseColourAt(self, p):
        if self.checker:
            v = p - Vector.ZERO
            v = Vector(v.x / 3.0, v.y, v.z / 3.0)
            if (int(abs(v.x) + 0.5) + int(abs(v.y) + 0.5) + int(abs(v.z) + 0.5)) % 2:
                return self.checker
        return self.baseColour
    def colourAt(self, scene, ray, p, normal):
        b = self.baseColourAt(p)
        c = (0, 0, 0)
        if self.specular > 0:
            reflectedRay = Ray(p, ray.vector.reflectThrough(normal))
            rc = scene.rayColour(reflectedRay)
            c = tuple(ci + bi * ri * self.specular for ci, bi, ri in zip(c, b, rc))
        if self.lambert > 0:
            lambertAmount = 0
            for lightPoint in scene.visibleLights(p):
                contribution = (lightPoint - p).normalized().dot(normal)
                if contribution > 0: lambertAmount += contribution
            lambertAmount = min(1, lambertAmount)
            c = tuple(ci + bi * self.lambert * lambertAmount for ci, bi in zip(c, b))
        if self.ambient > 0:
            c = tuple(ci + bi * self.ambient for ci, bi in zip(c, b))
        return c
class Scene:
    def __init__(self):
        self.objects, self.lightPoints = [], []
        self.position = Vector(0, 1.8, 10)
        self.lookingAt = Vector.ZERO
        self.fieldOfView = 45
        self.recursionDepth = 0
    def firstIntersection(self, ray):
        best = None
        for obj, surface in self.objects:
            t = obj.intersectionTime(ray)
            if t is not None and t > EPSILON and (best is None or t < best[1]):
                best = (obj, t, surface)
        return best
    def rayColour(self, ray):
        if self.recursionDepth > 3: return (0, 0, 0)
        try:
            self.recursionDepth += 1
            hit = self.firstIntersection(ray)
            if hit is None: return (0, 0, 0)
            obj, t, s = hit
            p = ray.pointAtTime(t)
            return s.colourAt(self, ray, p, obj.normalAt(p))
        finally:
            self.recursionDepth -= 1
    def visibleLights(self, p):
        out = []
        for lp in self.lightPoints:
            hit = self.firstIntersection(Ray(p, lp - p))
            if hit is None or hit[1] > (lp - p).magnitude():
                out.append(lp)
        return out
    def render(self, w, h):
        fovRadians = math.pi * (self.fieldOfView / 2.0) / 180.0
        halfWidth = math.tan(fovRadians)
        halfHeight = 0.75 * halfWidth
        pixelWidth = halfWidth * 2 / (w - 1)
        pixelHeight = halfHeight * 2 / (h - 1)
        eye = Ray(self.position, self.lookingAt - self.position)
        vpRight = eye.vector.cross(Vector.UP).normalized()
        vpUp = vpRight.cross(eye.vector).normalized()
        rows = []
        for y in range(h):
            row = []
            for x in range(w):
                xcomp = vpRight.scale(x * pixelWidth - halfWidth)
                ycomp = vpUp.scale(y * pixelHeight - halfHeight)
                r = Ray(eye.point, eye.vector + xcomp + ycomp)
                row.append(tuple(int(255 * min(1, max(0, c))) for c in self.rayColour(r)))
            rows.append(row)
        return rows[::-1]

s = Scene()
s.lightPoints.append(Vector(30, 30, 10))
s.lightPoints.append(Vector(-10, 100, 30))
s.objects.append((Sphere(Vector(1, 3, -10), 2), SimpleSurface(baseColour=(1, 1, 0))))
for y in range(6):
    s.objects.append((Sphere(Vector(-3 - y * 0.4, 2.3, -5), 0.4), SimpleSurface(baseColour=(y / 6.0, 1 - y / 6.0, 0.5))))
s.objects.append((Halfspace(Vector(0, 0, 0), Vector.UP), SimpleSurface(checker=(0, 0, 0))))
img = s.render(64, 48)
total = [0, 0, 0]
chk = 0
for row in img:
    for px in row:
        total = [t + c for t, c in zip(total, px)]
        chk = (chk * 131 + px[0] * 65536 + px[1] * 256 + px[2]) % 2147483647
print("sums", total, "checksum", chk)
shades = " .:-=+*#%@"
for row in img[::3]:
    print("".join(shades[min(9, sum(px) * 10 // 766)] for px in row))
