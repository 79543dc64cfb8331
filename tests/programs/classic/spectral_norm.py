# Spectral norm of the infinite matrix A[i][j] = 1/((i+j)(i+j+1)/2 + i + 1)
# (Computer Language Benchmarks Game / pyperformance bm_spectral_norm).


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_A_times_u(u):
    n = len(u)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(i, j) * u[j]
        out.append(s)
    return out


def eval_At_times_u(u):
    n = len(u)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(j, i) * u[j]
        out.append(s)
    return out


def eval_AtA_times_u(u):
    return eval_At_times_u(eval_A_times_u(u))


def spectral_norm(n, iterations=10):
    u = [1.0] * n
    v = None
    for _ in range(iterations):
        v = eval_AtA_times_u(u)
        u = eval_AtA_times_u(v)
    vBv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vBv += ue * ve
        vv += ve * ve
    return (vBv / vv) ** 0.5, u, v


# a generator/zip flavoured variant, as in the original part_A_times_u
def part_A_times_u(i_u, n):
    i, u_i = i_u
    partial_sum = 0.0
    for j, u_j in enumerate(u_i):
        partial_sum += eval_A(i, j) * u_j
    return partial_sum


for n in (10, 50, 100):
    norm, u, v = spectral_norm(n)
    print(n, "%.9f" % norm, "%.6f" % sum(u), "%.6f" % max(v))

u = [1.0] * 60
vals = list(map(lambda iu: part_A_times_u(iu, 60), [(i, u) for i in range(60)]))
print("%.9f" % sum(vals), "%.9f" % vals[0], "%.9f" % vals[-1])
print(repr(spectral_norm(40, 5)[0]))
