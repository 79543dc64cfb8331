# Descriptive statistics by hand: mean, median, mode, variance, percentiles, correlation, histogram.
import math
data = [23, 29, 20, 32, 23, 21, 33, 25, 23, 30, 27, 28, 19, 35, 23, 26, 31, 24, 22, 29]
heights = [1.62, 1.75, 1.58, 1.80, 1.69, 1.71, 1.66, 1.83, 1.77, 1.60]
weights = [55.0, 72.5, 50.2, 81.0, 63.3, 70.1, 60.0, 88.4, 74.9, 52.8]

def mean(xs):
    return sum(xs) / len(xs)

def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2

def modes(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    top = max(counts.values())
    return sorted([x for x, c in counts.items() if c == top]), top

def variance(xs, sample=True):
    m = mean(xs)
    return sum([(x - m) ** 2 for x in xs]) / (len(xs) - (1 if sample else 0))

def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    f = math.floor(k)
    c = math.ceil(k)
    if f == c:
        return float(s[int(k)])
    return s[f] + (s[c] - s[f]) * (k - f)

def correlation(xs, ys):
    mx, my = mean(xs), mean(ys)
    cov = sum([(x - mx) * (y - my) for x, y in zip(xs, ys)])
    return cov / math.sqrt(sum([(x - mx) ** 2 for x in xs]) * sum([(y - my) ** 2 for y in ys]))

def linreg(xs, ys):
    mx, my = mean(xs), mean(ys)
    slope = sum([(x - mx) * (y - my) for x, y in zip(xs, ys)]) / sum([(x - mx) ** 2 for x in xs])
    return slope, my - slope * mx

print("n =", len(data), "sum =", sum(data), "min/max =", min(data), max(data))
print("mean:", mean(data), "median:", median(data), "modes:", modes(data))
print("variance: %.4f (pop %.4f) stdev: %.4f" % (variance(data), variance(data, False), math.sqrt(variance(data))))
for p in (0, 10, 25, 50, 75, 90, 100):
    print(f"  p{p:<3} = {percentile(data, p):.2f}")
q1, q3 = percentile(data, 25), percentile(data, 75)
iqr = q3 - q1
print("IQR:", iqr, "outliers:", [x for x in data if x < q1 - 1.5 * iqr or x > q3 + 1.5 * iqr])
z = [round((x - mean(data)) / math.sqrt(variance(data)), 3) for x in data[:6]]
print("z-scores:", z)
print("median of even list:", median([4, 1, 3, 2]), median([5.5]), median(heights))
r = correlation(heights, weights)
slope, intercept = linreg(heights, weights)
print(f"r = {r:.6f}, r^2 = {r * r:.6f}")
print(f"weight = {slope:.3f} * height + {intercept:.3f}")
for h in (1.5, 1.7, 1.9):
    print(f"  predict {h}: {slope * h + intercept:6.2f} kg")
bins = {}
for x in data:
    b = (x // 5) * 5
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    print(f"{b:>3}-{b + 4:<3}|{'▇' * bins[b]} {bins[b]}")
moving = [round(mean(data[i:i + 5]), 2) for i in range(len(data) - 4)]
print("moving avg:", moving)
geo = math.exp(mean([math.log(x) for x in data]))
harm = len(data) / sum([1 / x for x in data])
print(f"arith {mean(data):.4f} >= geo {geo:.4f} >= harm {harm:.4f}: {mean(data) >= geo >= harm}")
try:
    mean([])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
