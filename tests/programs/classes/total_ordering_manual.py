# Total ordering done by hand with a mixin; consistent comparisons across types
class Ordered:
    def _cmp_key(self):
        raise NotImplementedError
    def __eq__(self, o):
        if not isinstance(o, Ordered):
            return NotImplemented
        return self._cmp_key() == o._cmp_key()
    def __lt__(self, o):
        if not isinstance(o, Ordered):
            return NotImplemented
        return self._cmp_key() < o._cmp_key()
    def __le__(self, o):
        r = self.__lt__(o)
        return r if r is NotImplemented else (r or self == o)
    def __gt__(self, o):
        r = self.__le__(o)
        return r if r is NotImplemented else not r
    def __ge__(self, o):
        r = self.__lt__(o)
        return r if r is NotImplemented else not r
    def __hash__(self):
        return hash(self._cmp_key())
class Version(Ordered):
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def _cmp_key(self):
        p = self.parts
        while p and p[-1] == 0:
            p = p[:-1]
        return p
    def __repr__(self):
        return "v" + self.s
vs = [Version(s) for s in "1.10 1.2 1.2.0 0.9 2 1.9.9 1.10.1".split()]
print(sorted(vs))
print(max(vs), min(vs), Version("1.2") == Version("1.2.0.0"), len(set(vs)))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b > a, b >= a)
print(a <= Version("1.2.0"), a >= Version("1.2.0"), a > Version("1.2.0"))
for op in ("<", "<=", ">", ">="):
    try:
        if op == "<": a < "1.3"
        elif op == "<=": a <= "1.3"
        elif op == ">": a > 1
        else: a >= None
    except TypeError as e:
        print(type(e).__name__, e)
print(a == "1.2", a != "1.2")
class Priority(Ordered):
    def __init__(self, p, name):
        self.p, self.name = p, name
    def _cmp_key(self):
        return (-self.p, self.name)
    def __repr__(self):
        return "%s:%d" % (self.name, self.p)
tasks = [Priority(1, "low"), Priority(5, "urgent"), Priority(3, "mid"), Priority(5, "alpha")]
print(sorted(tasks), sorted(tasks, reverse=True)[0])
# a simple binary heap using only <
class Heap:
    def __init__(self):
        self.a = []
    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i > 0 and a[i] < a[(i - 1) // 2]:
            a[i], a[(i - 1) // 2] = a[(i - 1) // 2], a[i]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]: m = l
                if r < len(a) and a[r] < a[m]: m = r
                if m == i: break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __len__(self):
        return len(self.a)
h = Heap()
for t in tasks + [Priority(2, "x"), Priority(4, "y")]:
    h.push(t)
print([h.pop() for _ in range(len(h))])
