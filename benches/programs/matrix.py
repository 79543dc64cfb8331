"""matrix: pure-Python dense linear algebra on lists of lists of floats (matrix multiply, transpose, matrix-vector products and a power iteration); exercises nested loops, list indexing and float arithmetic."""
# bench-quick-size: 20
import sys
import time

DEFAULT_SIZE = 90
ITERATIONS = 10


def dot(xs, ys):
    total = 0.0
    for x, y in zip(xs, ys):
        total += x * y
    return total


class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def generate(cls, n, m, seed):
        state = seed
        rows = []
        for _ in range(n):
            row = []
            for _ in range(m):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                row.append((state % 2001 - 1000) / 1000.0)
            rows.append(row)
        return cls(rows)

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def __matmul__(self, other):
        # i-k-j loop order over the rows of `other`, accumulating into the output row
        if self.m != other.n:
            raise ValueError("shape mismatch")
        b_rows = other.rows
        width = other.m
        out = []
        for a_row in self.rows:
            acc = [0.0] * width
            for k, a in enumerate(a_row):
                if a == 0.0:
                    continue
                b_row = b_rows[k]
                for j in range(width):
                    acc[j] += a * b_row[j]
            out.append(acc)
        return Matrix(out)

    def mul_dot(self, other):
        # the textbook formulation: dot products of rows with the columns of the transpose
        cols = other.transpose().rows
        return Matrix([[dot(row, col) for col in cols] for row in self.rows])

    def apply(self, vec):
        return [dot(row, vec) for row in self.rows]

    def scale(self, factor):
        return Matrix([[x * factor for x in row] for row in self.rows])

    def add(self, other):
        return Matrix([[x + y for x, y in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def trace(self):
        total = 0.0
        for i in range(min(self.n, self.m)):
            total += self.rows[i][i]
        return total

    def frobenius2(self):
        total = 0.0
        for row in self.rows:
            for x in row:
                total += x * x
        return total


def power_iteration(mat, steps):
    vec = [1.0] * mat.n
    estimate = 0.0
    for _ in range(steps):
        w = mat.apply(vec)
        norm = max(abs(x) for x in w)
        if norm == 0.0:
            break
        estimate = norm
        vec = [x / norm for x in w]
    return estimate, vec


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    traces = 0.0
    norms = 0.0
    max_diff = 0.0
    eigen = 0.0
    for i in range(ITERATIONS):
        t0 = time.perf_counter()
        a = Matrix.generate(size, size, 11 + i)
        b = Matrix.generate(size, size, 101 + 3 * i)
        c = a @ b
        d = a.mul_dot(b)
        for r1, r2 in zip(c.rows, d.rows):
            for x, y in zip(r1, r2):
                diff = abs(x - y)
                if diff > max_diff:
                    max_diff = diff
        sym = c.add(c.transpose()).scale(0.5)
        gram = sym @ sym
        traces += c.trace() + gram.trace()
        norms += c.frobenius2()
        value, _ = power_iteration(gram, 20)
        eigen += value
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    print("traces %.6f" % traces)
    print("frobenius %.6f" % norms)
    print("eigen %.6f agree %s" % (eigen, max_diff < 1e-9))


main()
