# Numerical methods with floats: Newton, bisection, Simpson and trapezoid integration, series sums.
import math

def newton(f, df, x, tol=1e-12, max_iter=50):
    for i in range(max_iter):
        fx = f(x)
        if abs(fx) < tol:
            return x, i
        x -= fx / df(x)
    raise RuntimeError(f"no convergence from {x}")

def bisect(f, lo, hi, tol=1e-10):
    if f(lo) * f(hi) > 0:
        raise ValueError("root not bracketed")
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
        steps += 1
    return (lo + hi) / 2, steps

def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3

def trapezoid(f, a, b, n=100):
    h = (b - a) / n
    return h * (f(a) / 2 + sum([f(a + i * h) for i in range(1, n)]) + f(b) / 2)

root2, it = newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0)
print(f"sqrt(2) ~ {root2!r} in {it} iterations, error {abs(root2 - math.sqrt(2)):.3e}")
r, it = newton(lambda x: math.cos(x) - x, lambda x: -math.sin(x) - 1, 1.0)
print(f"dottie number {r:.15f} ({it} iters)")
r, steps = bisect(lambda x: x ** 3 - x - 2, 1, 2)
print(f"cubic root {r:.10f} after {steps} halvings")
try:
    bisect(lambda x: x * x + 1, -1, 1)
except ValueError as e:
    print("ValueError:", e)
for name, f, a, b, exact in (("sin", math.sin, 0, math.pi, 2.0), ("exp", math.exp, 0, 1, math.e - 1),
                              ("1/x", lambda x: 1 / x, 1, 2, math.log(2)), ("x^2", lambda x: x * x, 0, 3, 9.0)):
    s, t = simpson(f, a, b), trapezoid(f, a, b)
    print(f"{name:4} simpson={s:.12f} err={abs(s - exact):.2e}  trapezoid={t:.12f} err={abs(t - exact):.2e}")
leibniz = sum([(-1) ** k / (2 * k + 1) for k in range(10000)]) * 4
basel = math.sqrt(6 * sum([1 / (k * k) for k in range(1, 10001)]))
e_series = sum([1 / math.factorial(k) for k in range(20)])
print(f"pi leibniz={leibniz:.10f} basel={basel:.10f} e={e_series!r} {e_series == math.e}")
print(math.fsum([0.1] * 10), sum([0.1] * 10), 0.1 * 3 == 0.3, math.isclose(0.1 * 3, 0.3))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), round(3.5), round(0.125, 2), int(-2.9))
print(math.hypot(3, 4), math.atan2(1, -1), math.degrees(math.pi / 3), math.radians(180), math.log10(1e-5), math.log2(1024), math.log(8, 2))
print(math.copysign(3, -0.0), math.fabs(-7), math.fmod(-7, 3), -7 % 3, math.modf(-3.75), math.frexp(40.0), math.ldexp(0.625, 6))
print(1e308 * 10, -1e308 * 10, math.isinf(1e309), math.isnan(float("nan")), float("nan") == float("nan"), 5e-324 / 2)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123456789, 1.0e22, 1e21 + 1, -0.0, 3.0 * -0.0)
print(float.fromhex("0x1.8p1"), (0.5).hex(), (2.5).as_integer_ratio(), (0.1).as_integer_ratio(), 7.0.is_integer())
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    newton(lambda x: x * x + 1, lambda x: 2 * x, 0.5, max_iter=20)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:20])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
