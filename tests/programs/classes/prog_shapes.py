# Shape hierarchy with area/perimeter computations, abstract base by hand
import math
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def perimeter(self):
        raise NotImplementedError(type(self).__name__ + ".perimeter")
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return "%s(%s, area=%.3f)" % (type(self).__name__, self.name, self.area())
    def scaled(self, k):
        raise NotImplementedError
class Circle(Shape):
    def __init__(self, r, name="circle"):
        super().__init__(name)
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
    def scaled(self, k):
        return Circle(self.r * k, self.name + "*")
class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def scaled(self, k):
        return type(self)(*[v * k for v in self.dims()], name=self.name + "*")
    def dims(self):
        return (self.w, self.h)
class Square(Rect):
    def __init__(self, s, name="square"):
        super().__init__(s, s, name)
    def dims(self):
        return (self.w,)
class Triangle(Shape):
    def __init__(self, a, b, c, name="tri"):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError("invalid triangle %r" % ((a, b, c),))
        super().__init__(name)
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
class Blob(Shape):
    pass
shapes = [Circle(1), Rect(2, 3), Square(2), Triangle(3, 4, 5), Circle(0.5, "small"), Square(1.5, "sq2")]
for s in sorted(shapes):
    print(s, "%.3f" % s.perimeter())
print("total area %.4f" % sum(s.area() for s in shapes))
print("largest", max(shapes), "smallest", min(shapes))
print([s.scaled(2) for s in shapes[:3]])
print(Shape.count)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(type(e).__name__, e)
b = Blob("blob")
for meth in (b.area, b.perimeter, b.scaled):
    try:
        meth(*([] if meth != b.scaled else [2]))
    except NotImplementedError as e:
        print(type(e).__name__, e)
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(s.name)
print(sorted(by_type.items()))
print([isinstance(s, Rect) for s in shapes], [type(s) is Rect for s in shapes])
