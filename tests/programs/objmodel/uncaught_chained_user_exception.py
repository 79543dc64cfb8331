# The program ends with an uncaught `raise ... from ...` of a user exception.

class PipelineError(Exception):
    """Base error of the pipeline."""

class StageFailed(PipelineError):
    def __init__(self, stage, reason):
        super().__init__(stage, reason)
        self.stage = stage
        self.reason = reason
    def __str__(self):
        return "stage %r failed: %s" % (self.stage, self.reason)

class Stage:
    def __init__(self, name, fn):
        self.name = name
        self.fn = fn
        self.runs = 0
    def __call__(self, value):
        self.runs += 1
        try:
            return self.fn(value)
        except (ValueError, ZeroDivisionError, KeyError) as e:
            raise StageFailed(self.name, type(e).__name__) from e

table = {i: i * i for i in range(50)}
stages = [
    Stage("double", lambda v: v * 2),
    Stage("invert", lambda v: 1000 // (v - 84)),
    Stage("lookup", lambda v: table[v % 60]),
]

def run(value):
    for st in stages:
        value = st(value)
    return value

results = []
failures = []
for i in range(300):
    try:
        results.append(run(i))
    except StageFailed as e:
        failures.append((i, e.stage, e.reason, type(e.__cause__).__name__, e.__suppress_context__))
print(len(results), sum(results))
print(failures[:6])
print(len(failures), sorted(set(f[1] for f in failures)))
print([(s.name, s.runs) for s in stages])

# Now one that nobody catches.
def main():
    try:
        run(42)
    except StageFailed as inner:
        print("about to fail:", inner)
        raise PipelineError("pipeline aborted at value 42") from inner

main()
print("not reached")
