# Arithmetic operator overloading
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return V(self.x * k, self.y * k)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return ("matmul", self.x * o.y - self.y * o.x)
    def __lshift__(self, n):
        return V(self.x << n, self.y << n)
    def __rshift__(self, n):
        return V(self.x >> n, self.y >> n)
    def __and__(self, o):
        return V(self.x & o, self.y & o)
    def __or__(self, o):
        return V(self.x | o, self.y | o)
    def __xor__(self, o):
        return V(self.x ^ o, self.y ^ o)
    def __divmod__(self, k):
        return (self // k, self % k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return V(+self.x, +self.y)
    def __invert__(self):
        return V(~self.x, ~self.y)
    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

a = V(3, 4)
b = V(1, -2)
print(a + b, a - b, a * 2, a * b, a / 2, a // 2, a % 2, a ** 2)
print(a @ b, a << 2, a >> 1, a & 6, a | 8, a ^ 5)
print(divmod(a, 2), -a, +b, ~a, abs(a), abs(b))
print(a + 1, a + 0.5, pow(a, 3))
try:
    a + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a - 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    1 - a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
ops = [
    lambda x: x + 1, lambda x: x * 2, lambda x: x / 2, lambda x: x ** 2,
    lambda x: x @ x, lambda x: x & 1, lambda x: -x, lambda x: ~x, lambda x: abs(x),
]
for f in ops:
    try:
        f(Empty())
    except TypeError as e:
        print(type(e).__name__, e)
total = V(0, 0)
for i in range(100):
    total = total + V(i, 1)
print(total)
