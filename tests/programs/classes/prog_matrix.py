# Matrix class: tuple indexing, matmul, equality, iteration, in-place ops
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.h = len(self.rows)
        self.w = len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @classmethod
    def zeros(cls, h, w):
        return cls([[0] * w for _ in range(h)])
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            return self.rows[i][j]
        return self.rows[idx]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return self.h
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self, o)])
    def __iadd__(self, o):
        for i in range(self.h):
            for j in range(self.w):
                self.rows[i][j] += o[i, j]
        return self
    def __mul__(self, k):
        return Matrix([[k * a for a in r] for r in self])
    __rmul__ = __mul__
    def __matmul__(self, o):
        if self.w != o.h:
            raise ValueError("shape mismatch: %dx%d @ %dx%d" % (self.h, self.w, o.h, o.w))
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(self.w)) for j in range(o.w)] for i in range(self.h)])
    def __pow__(self, n):
        result = Matrix.identity(self.h)
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def T(self):
        return Matrix([[self[i, j] for i in range(self.h)] for j in range(self.w)])
    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)
    def __str__(self):
        return "\n".join(" ".join("%4d" % v for v in r) for r in self)
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 30)[0, 1], (fib ** 90)[0, 1])
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m @ m.T())
print(m.T() @ m == (m.T() @ m), m == m.T(), m * 2, 3 * m)
acc = Matrix.zeros(2, 3)
alias = acc
for i in range(4):
    acc += m
print(acc is alias, acc, len(acc), [sum(r) for r in acc])
acc[1, 2] = -1
print(acc[1], acc[1, 2], acc[0][1])
try:
    m @ m
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(m)
except TypeError as e:
    print(type(e).__name__, e)
print(Matrix.identity(3))
