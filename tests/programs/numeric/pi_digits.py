# Arbitrary-precision constants with big ints: pi (Machin), e, sqrt(2) digits, and digit statistics.
def arctan_inv(x, digits):
    scale = 10 ** (digits + 10)
    total = term = scale // x
    x2 = x * x
    n, sign = 3, -1
    while term:
        term //= x2
        total += sign * (term // n)
        sign = -sign
        n += 2
    return total

def pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return str(pi // 10 ** 10)

def e_digits(digits):
    scale = 10 ** (digits + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)

def sqrt_digits(n, digits):
    target = n * 10 ** (2 * digits)
    x = target
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + target // x) // 2
    return str(x)

pi = pi_digits(300)
print(pi[0] + "." + pi[1:61])
for i in range(1, 301, 60):
    print(f"{i:4}: {pi[i:i + 60]}")
counts = {}
for d in pi[1:]:
    counts[d] = counts.get(d, 0) + 1
print("digit counts:", sorted(counts.items()))
print("first '999':", pi.find("999"), "first '2384':", pi.find("2384"))
e = e_digits(120)
print("e =", e[0] + "." + e[1:])
r2 = sqrt_digits(2, 100)
print("sqrt2 =", r2[0] + "." + r2[1:])
print("golden =", str((int(sqrt_digits(5, 80)) + 10**80) // 2)[:1] + "." + str((int(sqrt_digits(5, 80)) + 10**80) // 2)[1:])
print(int(r2) ** 2 <= 2 * 10**200 < (int(r2) + 1) ** 2)
sums = [sum(map(int, pi[:k])) for k in (10, 50, 100, 300)]
print("prefix digit sums:", sums, "pi[-5:]", pi[-5:], len(pi))
