# Checks raise SystemExit(0) exits with status 0 without a traceback; output without trailing newline.
def work():
    results = []
    for i in range(5):
        results.append(i * i)
    return results
r = work()
print("results", r)
if sum(r) == 30:
    print("done", end="")
    raise SystemExit(0)
print("unreachable")
