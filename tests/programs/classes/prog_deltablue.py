# A deltablue-like toy: one-way constraints propagated through variables
class Strength:
    def __init__(self, level, name):
        self.level = level
        self.name = name
    def stronger(self, other):
        return self.level < other.level
    def __repr__(self):
        return self.name
REQUIRED = Strength(0, "required")
STRONG = Strength(1, "strong")
NORMAL = Strength(2, "normal")
WEAK = Strength(3, "weak")
class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
    def __repr__(self):
        return "%s=%r" % (self.name, self.value)
class Constraint:
    def __init__(self, strength):
        self.strength = strength
    def inputs(self):
        return []
    def output(self):
        raise NotImplementedError
    def execute(self):
        raise NotImplementedError
    def add(self, planner):
        planner.constraints.append(self)
        for v in self.inputs() + [self.output()]:
            v.constraints.append(self)
        out = self.output()
        if out.determined_by is None or self.strength.stronger(out.determined_by.strength):
            out.determined_by = self
class Stay(Constraint):
    def __init__(self, v, strength):
        super().__init__(strength)
        self.v = v
    def output(self):
        return self.v
    def execute(self):
        pass
class Edit(Stay):
    def set(self, value):
        self.v.value = value
class Equal(Constraint):
    def __init__(self, src, dst, strength):
        super().__init__(strength)
        self.src, self.dst = src, dst
    def inputs(self):
        return [self.src]
    def output(self):
        return self.dst
    def execute(self):
        self.dst.value = self.src.value
class ScaleOffset(Constraint):
    def __init__(self, src, scale, offset, dst, strength):
        super().__init__(strength)
        self.src, self.scale, self.offset, self.dst = src, scale, offset, dst
    def inputs(self):
        return [self.src, self.scale, self.offset]
    def output(self):
        return self.dst
    def execute(self):
        self.dst.value = self.src.value * self.scale.value + self.offset.value
class Planner:
    def __init__(self):
        self.constraints = []
    def propagate(self, start):
        todo = [start]
        count = 0
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if c.output() is not v and v in c.inputs() and c.output().determined_by is c:
                    c.execute()
                    count += 1
                    todo.append(c.output())
        return count
def chain_test(n):
    p = Planner()
    vs = [Variable("v%d" % i) for i in range(n)]
    for a, b in zip(vs, vs[1:]):
        Equal(a, b, REQUIRED).add(p)
    Stay(vs[-1], WEAK).add(p)
    edit = Edit(vs[0], STRONG)
    edit.add(p)
    total = 0
    for val in range(1, 11):
        edit.set(val * 7)
        total += p.propagate(vs[0])
        assert vs[-1].value == val * 7, vs[-1]
    return total, vs[-1], len(p.constraints)
def projection_test(n):
    p = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    srcs, dsts = [], []
    for i in range(n):
        s = Variable("src%d" % i, i)
        d = Variable("dst%d" % i, i)
        srcs.append(s)
        dsts.append(d)
        Stay(s, NORMAL).add(p)
        ScaleOffset(s, scale, offset, d, REQUIRED).add(p)
    changes = 0
    for s in srcs:
        changes += p.propagate(s)
    scale.value = 5
    for s in srcs:
        changes += p.propagate(s)
    return changes, dsts[:3], dsts[-1], [c.strength for c in p.constraints[:2]]
print(chain_test(50))
print(projection_test(40))
print(STRONG.stronger(WEAK), WEAK.stronger(REQUIRED))
