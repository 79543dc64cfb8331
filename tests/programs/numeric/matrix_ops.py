# Matrix operations on lists of lists: multiply, transpose, determinant, inverse (Gauss-Jordan), power.
def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total

def inverse(m):
    n = len(m)
    aug = [list(map(float, row)) + [float(x) for x in identity(n)[i]] for i, row in enumerate(m)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < 1e-12:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]

def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result

def fmt(m, spec="6.2f"):
    return "\n".join(["[" + " ".join([format(x, spec) for x in row]) + "]" for row in m])

A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2], [3, 4], [5, 6]]
print(fmt(mat_mul(A, B), "4d"))
print("transpose B:", transpose(B))
print("det A:", det(A), "det I4:", det(identity(4)), "det singular:", det([[1, 2], [2, 4]]))
inv = inverse(A)
print(fmt(inv, "8.4f"))
check = mat_mul(A, inv)
print(fmt([[round(x, 10) + 0.0 for x in row] for row in check], "5.1f"))
fib = mat_pow([[1, 1], [1, 0]], 90)
print("fib(90) via matrix power:", fib[0][1])
print("A^5:", mat_pow(A, 5))
try:
    mat_mul(B, B)
except ValueError as e:
    print("ValueError:", e)
try:
    inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
H = [[1 / (i + j + 1) for j in range(4)] for i in range(4)]
print("hilbert det: %.6e" % det(H))
Hinv = inverse(H)
print(fmt(Hinv, "9.1f"))
trace = sum([A[i][i] for i in range(3)])
print("trace:", trace, "frobenius:", round(sum([x * x for row in A for x in row]) ** 0.5, 6))
rot = [[0, -1], [1, 0]]
print([mat_pow(rot, k) for k in range(5)])
