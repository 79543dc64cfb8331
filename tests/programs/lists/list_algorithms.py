# Checks list algorithms: binary search, merge sort, quicksort, rotate, dedupe, matrix multiply.
def bsearch(xs, t):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == t:
            return mid
        if xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1)
xs = [1, 3, 5, 7, 9, 11]
print([bsearch(xs, t) for t in [0, 1, 4, 7, 11, 12]])
def merge_sort(v):
    if len(v) <= 1:
        return v
    m = len(v) // 2
    l, r = merge_sort(v[:m]), merge_sort(v[m:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(v):
    if len(v) < 2:
        return v
    p = v[0]
    return quick([x for x in v[1:] if x < p]) + [p] + quick([x for x in v[1:] if x >= p])
data = [38, 27, 43, 3, 9, 82, 10, 3, -5]
print(merge_sort(data), quick(data), data)
def rotate(v, k):
    k %= len(v)
    return v[-k:] + v[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3, 4, 5], -1), rotate([1, 2, 3], 7))
seen = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.append(x)
print(seen)
def matmul(A, B):
    return [[sum([A[i][k] * B[k][j] for k in range(len(B))]) for j in range(len(B[0]))] for i in range(len(A))]
A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
print(matmul(A, B))
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(matmul(A, B), I) == matmul(A, B))
T = [list(row) for row in zip(*A)]
print(T)
