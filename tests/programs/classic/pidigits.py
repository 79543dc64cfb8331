# Pidigits: Gibbons' unbounded spigot algorithm for the digits of pi (Computer Language
# Benchmarks Game / pyperformance bm_pidigits), on Python's big ints; plus e by a spigot and a
# Machin-formula cross-check.


def gen_pi_digits():
    # the bm_pidigits formulation, as a generator over linear fractional transforms
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2


def pi_digits(count):
    out = []
    for d in gen_pi_digits():
        out.append(d)
        if len(out) == count:
            return out


def e_digits(count):
    # spigot for e: mixed-radix representation 2.111111... in base (1/2, 1/3, 1/4, ...)
    n = count + 10
    a = [1] * n
    digits = [2]
    for _ in range(count - 1):
        carry = 0
        for i in range(n - 1, 0, -1):
            x = a[i] * 10 + carry
            a[i] = x % (i + 1)
            carry = x // (i + 1)
        digits.append(carry)
    return digits


def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def machin_pi(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)


N = 1200
digits = pi_digits(N)
text = "".join(map(str, digits))
for i in range(0, N, 120):
    print(text[i:i + 60], ":%d" % (i + 60))
print("machin agrees:", machin_pi(N)[:N] == text)
print("digit histogram:", [text.count(str(d)) for d in range(10)])
print("sum", sum(digits), "checksum", int(text) % 1000000007)

ed = "".join(map(str, e_digits(300)))
print(ed[:70])
print("e checksum", int(ed) % 998244353, ed[-10:])

# big-int arithmetic on the way: factorial, powers, and their digit sums
f = 1
for i in range(2, 400):
    f *= i
print("400! digits", len(str(f * 400)), "digit sum", sum(map(int, str(f * 400))))
p = pow(3, 2000) - pow(2, 3000)
print(p.bit_length(), p % 10**12, -p // 7**300 % 1000, divmod(p, 10**500)[1] % 99991)
