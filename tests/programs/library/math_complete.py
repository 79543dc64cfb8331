# math: the whole common surface, special values and error cases.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(7), math.ceil(2.0000001))
print(type(math.floor(2.5)).__name__, math.floor(10**20 + 0.0) == 10**20)
print(math.sqrt(2), math.sqrt(144), math.isqrt(10**20 + 12345), math.isqrt(0), math.isqrt(99))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-24, 36), math.gcd(), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.perm(5, 2), math.perm(6), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 3)))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log(1))
print(math.exp(0), math.exp(1), math.expm1(1e-10), math.log1p(1e-10), math.exp(-1000))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 12), round(math.tan(math.pi / 4), 12))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan(1) * 4, math.asin(1), math.acos(0))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fabs(-7), math.fabs(3))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.fmod(7.5, 2))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8), math.frexp(0.1), math.ldexp(0.5, 4), math.ldexp(3, -2))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.02))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.inf + 1, math.inf - math.inf, math.inf * 0, -math.inf < -1e308, math.nan == math.nan)
print(math.ceil(-0.5), math.floor(-0.0), math.sqrt(0.0), math.copysign(0.0, -1), math.erf(1), math.erfc(1))
print(math.gamma(5), math.gamma(0.5) ** 2, math.remainder(10, 3), math.remainder(11, 3))
print(math.nextafter(1.0, 2.0) - 1.0, math.ulp(1.0))

for fn, args in [(math.sqrt, (-1,)), (math.factorial, (-1,)), (math.log, (0,)), (math.log, (-5,)),
                 (math.acos, (2,)), (math.isqrt, (-4,)), (math.comb, (-1, 2)), (math.factorial, (2.5,)),
                 (math.exp, (1000,)), (math.fmod, (1, 0)), (math.ldexp, (1.0, 5000)), (math.pow, (0, -1)),
                 (math.gcd, (1.5, 2)), (math.sqrt, ("x",)), (math.log2, (-1,))]:
    try:
        print(fn.__name__, fn(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(fn.__name__, type(e).__name__, e)

print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 1 / 3) if False else math.pow(4, -1))
print(math.floor(math.inf) if False else "skip", math.trunc(1e15 + 0.5))
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print("ValueError", e)

# numerical loops: series and integration
s = 0.0
for k in range(1, 5000):
    s += 1.0 / (k * k)
print("basel", s, math.sqrt(6 * s))
area = 0.0
n = 2000
for i in range(n):
    x = (i + 0.5) / n
    area += math.sqrt(1 - x * x)
print("quarter circle", area / n * 4)
acc = 0
for i in range(1, 1500):
    acc += math.gcd(i, 360) + math.isqrt(i) + math.floor(math.log2(i)) + math.comb(i % 20, 3)
print("int checksum", acc)
t = 0.0
for i in range(1000):
    a = i * 0.01
    t += math.sin(a) * math.cos(a) + math.atan2(a, 1 + a) + math.hypot(a, 1)
print("trig checksum", round(t, 9))
