# Uncaught exception with a cause, raised from a method deep in a class hierarchy
class PipelineError(RuntimeError):
    pass
class StageError(PipelineError):
    def __init__(self, stage, inner):
        super().__init__("stage %s failed" % stage)
        self.stage = stage
        self.inner = inner
class Stage:
    def __init__(self, name, fn):
        self.name = name
        self.fn = fn
    def run(self, x):
        try:
            return self.fn(x)
        except Exception as e:
            raise StageError(self.name, e) from e
class Pipeline:
    def __init__(self, *stages):
        self.stages = stages
    def __call__(self, x):
        for s in self.stages:
            x = s.run(x)
            print("after", s.name, "->", x)
        return x
p = Pipeline(Stage("double", lambda x: x * 2), Stage("inv", lambda x: 10 // x), Stage("str", str))
print(p(5))
try:
    p(0)
except PipelineError as e:
    print(type(e).__name__, e, e.stage, type(e.inner).__name__, e.__cause__ is e.inner)
p(-100)
p(0)
