# Lotka-Volterra predator-prey via Euler and RK4 integration with floats and a text sparkline.
import math

def deriv(state, a=1.1, b=0.4, c=0.4, d=0.1):
    x, y = state
    return (a * x - b * x * y, d * x * y - c * y)

def euler(state, h):
    dx, dy = deriv(state)
    return (state[0] + h * dx, state[1] + h * dy)

def rk4(state, h):
    def add(s, k, f):
        return (s[0] + f * k[0], s[1] + f * k[1])
    k1 = deriv(state)
    k2 = deriv(add(state, k1, h / 2))
    k3 = deriv(add(state, k2, h / 2))
    k4 = deriv(add(state, k3, h))
    return (state[0] + h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]),
            state[1] + h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]))

def invariant(s, a=1.1, b=0.4, c=0.4, d=0.1):
    x, y = s
    return d * x - c * math.log(x) + b * y - a * math.log(y)

h = 0.05
e = r = (10.0, 10.0)
prey_series = []
print(f"{'t':>5} {'euler prey':>11} {'euler pred':>11} {'rk4 prey':>10} {'rk4 pred':>10}")
for i in range(401):
    if i % 40 == 0:
        print(f"{i * h:5.1f} {e[0]:11.4f} {e[1]:11.4f} {r[0]:10.4f} {r[1]:10.4f}")
    if i % 8 == 0:
        prey_series.append(r[0])
    e = euler(e, h)
    r = rk4(r, h)
v0 = invariant((10.0, 10.0))
print("invariant drift euler: %.6f rk4: %.6f" % (invariant(e) - v0, invariant(r) - v0))
bars = " ▁▂▃▄▅▆▇█"
lo, hi = min(prey_series), max(prey_series)
print("prey:", "".join([bars[int((v - lo) / (hi - lo) * 8)] for v in prey_series]))
print("min %.3f max %.3f mean %.3f" % (lo, hi, math.fsum(prey_series) / len(prey_series)))
peaks = [i for i in range(1, len(prey_series) - 1) if prey_series[i - 1] < prey_series[i] > prey_series[i + 1]]
print("peaks at samples:", peaks, "periods:", [b - a for a, b in zip(peaks, peaks[1:])])
print(round(r[0], 6), round(r[1], 6), math.isclose(r[0], 10.0, rel_tol=0.5), math.isfinite(e[0]))
