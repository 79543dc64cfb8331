# Checks exception handling inside loops: per-item recovery, counting failures, break from except.
raw = ["10", "x", "3.5", "-7", "", "42", "1e3"]
good, bad = [], []
for s in raw:
    try:
        good.append(int(s))
    except ValueError as e:
        bad.append(str(e))
print(good)
for b in bad:
    print(b)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0), (9, 3)]])
data = {"a": [1, 2], "b": [], "c": [5]}
for k in ["a", "b", "c", "d"]:
    try:
        print(k, data[k][0])
    except KeyError as e:
        print(k, "missing key", e)
    except IndexError as e:
        print(k, "empty list:", e)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("retry " + str(attempts))
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("failed:", e)
