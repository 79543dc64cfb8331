"""raytrace: an object-oriented ray tracer (Vector, Ray, Sphere, Plane, Light, Material, Camera, Scene) with Phong shading, shadows and reflections (method calls, operator overloading, short-lived objects, float math).

Each main-loop iteration renders one frame of size x (size * 3 // 4) pixels while the camera orbits
the scene. Checksum: per channel, the sum over all frames of the pixel values quantised to 0..255,
and a positional hash of the quantised pixels.
"""
# bench-quick-size: 10
import sys
import time
import math

DEFAULT_SIZE = 56
ITERATIONS = 10
EPSILON = 1e-6
MAX_DEPTH = 4


class Vector(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        """Mirror this direction about the plane with the given unit normal."""
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return "Vector(%.4f, %.4f, %.4f)" % (self.x, self.y, self.z)


class Colour(object):
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Colour(self.r + other.r, self.g + other.g, self.b + other.b)

    def __mul__(self, other):
        if isinstance(other, Colour):
            return Colour(self.r * other.r, self.g * other.g, self.b * other.b)
        return Colour(self.r * other, self.g * other, self.b * other)

    __rmul__ = __mul__

    def quantised(self):
        return tuple(int(min(1.0, max(0.0, c)) * 255.0 + 0.5) for c in (self.r, self.g, self.b))


BLACK = Colour(0.0, 0.0, 0.0)


class Ray(object):
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material(object):
    def __init__(self, colour, diffuse=0.7, specular=0.3, shininess=20, reflectivity=0.0):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflectivity = reflectivity

    def colour_at(self, point):
        return self.colour


class CheckerMaterial(Material):
    def __init__(self, colour, other, square=1.0, **kwargs):
        Material.__init__(self, colour, **kwargs)
        self.other = other
        self.square = square

    def colour_at(self, point):
        ix = int(math.floor(point.x / self.square))
        iz = int(math.floor(point.z / self.square))
        return self.colour if (ix + iz) % 2 == 0 else self.other


class Hit(object):
    __slots__ = ("t", "shape")

    def __init__(self, t, shape):
        self.t = t
        self.shape = shape


class Shape(object):
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, centre, radius, material):
        Shape.__init__(self, material)
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre) * (1.0 / self.radius)


class Plane(Shape):
    def __init__(self, point, normal, material):
        Shape.__init__(self, material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light(object):
    def __init__(self, position, colour, intensity=1.0):
        self.position = position
        self.colour = colour * intensity


class Camera(object):
    def __init__(self, eye, target, up, fov_degrees):
        self.eye = eye
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.half_width = math.tan(math.radians(fov_degrees) / 2.0)

    def ray_for_pixel(self, px, py, width, height):
        half_height = self.half_width * height / width
        sx = ((px + 0.5) / width * 2.0 - 1.0) * self.half_width
        sy = (1.0 - (py + 0.5) / height * 2.0) * half_height
        direction = self.forward + self.right * sx + self.up * sy
        return Ray(self.eye, direction)


class Scene(object):
    def __init__(self, ambient, background):
        self.shapes = []
        self.lights = []
        self.ambient = ambient
        self.background = background

    def add(self, shape):
        self.shapes.append(shape)
        return shape

    def nearest_hit(self, ray):
        best = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best is None or t < best.t):
                best = Hit(t, shape)
        return best

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light)
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def shade(self, ray, hit, depth):
        shape = hit.shape
        material = shape.material
        point = ray.at(hit.t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        # nudge the point off the surface so secondary rays do not hit it again
        point = point + normal * 1e-4
        base = material.colour_at(point)
        colour = base * self.ambient
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                colour = colour + base * light.colour * (material.diffuse * lambert)
                reflected = (-to_light).reflect(normal)
                spec = reflected.dot(-ray.direction)
                if spec > 0.0:
                    colour = colour + light.colour * (material.specular * spec ** material.shininess)
        if material.reflectivity > 0.0 and depth < MAX_DEPTH:
            bounce = Ray(point, ray.direction.reflect(normal))
            colour = colour + self.trace(bounce, depth + 1) * material.reflectivity
        return colour

    def trace(self, ray, depth=0):
        hit = self.nearest_hit(ray)
        if hit is None:
            return self.background
        return self.shade(ray, hit, depth)

    def render(self, camera, width, height):
        image = []
        for py in range(height):
            row = []
            for px in range(width):
                row.append(self.trace(camera.ray_for_pixel(px, py, width, height)).quantised())
            image.append(row)
        return image


def build_scene():
    scene = Scene(ambient=0.12, background=Colour(0.05, 0.07, 0.12))
    floor = CheckerMaterial(Colour(0.9, 0.9, 0.9), Colour(0.15, 0.15, 0.2), square=1.5,
                            diffuse=0.8, specular=0.1, shininess=10, reflectivity=0.25)
    scene.add(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), floor))
    scene.add(Sphere(Vector(0.0, 1.5, 0.0), 1.5,
                     Material(Colour(0.9, 0.2, 0.2), specular=0.6, shininess=40, reflectivity=0.3)))
    scene.add(Sphere(Vector(2.8, 1.0, 1.2), 1.0,
                     Material(Colour(0.2, 0.8, 0.3), specular=0.4, shininess=25, reflectivity=0.15)))
    scene.add(Sphere(Vector(-2.6, 0.8, 1.6), 0.8,
                     Material(Colour(0.25, 0.35, 0.95), specular=0.8, shininess=60, reflectivity=0.5)))
    for k in range(5):
        angle = k * 2.0 * math.pi / 5.0
        scene.add(Sphere(Vector(4.2 * math.cos(angle), 0.35, 4.2 * math.sin(angle) - 1.0), 0.35,
                         Material(Colour(0.9, 0.75, 0.2 + 0.15 * k), specular=0.5, shininess=30)))
    scene.lights.append(Light(Vector(-6.0, 9.0, 7.0), Colour(1.0, 0.95, 0.9), 0.9))
    scene.lights.append(Light(Vector(7.0, 6.0, -3.0), Colour(0.6, 0.7, 1.0), 0.5))
    return scene


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE

    width = size
    height = size * 3 // 4
    scene = build_scene()
    totals = [0, 0, 0]
    digest = 0
    for i in range(ITERATIONS):
        t0 = time.perf_counter()
        angle = 0.35 * i
        eye = Vector(9.0 * math.sin(angle), 3.5, 9.0 * math.cos(angle))
        camera = Camera(eye, Vector(0.0, 1.0, 0.0), Vector(0.0, 1.0, 0.0), 55.0)
        image = scene.render(camera, width, height)
        for y, row in enumerate(image):
            for x, (r, g, b) in enumerate(row):
                totals[0] += r
                totals[1] += g
                totals[2] += b
                digest = (digest * 33 + r * 65536 + g * 256 + b + x * y) % 2147483647
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    print("%dx%d x %d frames" % (width, height, ITERATIONS))
    print("rgb sums %d %d %d" % tuple(totals))
    print("digest %d" % digest)


main()
