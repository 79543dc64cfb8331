# Expression tree classes with a visitor (getattr dispatch) and an evaluator
class Node:
    def accept(self, visitor):
        return getattr(visitor, "visit_" + type(self).__name__)(self)
class Num(Node):
    def __init__(self, v): self.v = v
class Var(Node):
    def __init__(self, name): self.name = name
class BinOp(Node):
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
class Let(Node):
    def __init__(self, name, value, body): self.name, self.value, self.body = name, value, body
class Call(Node):
    def __init__(self, fn, *args): self.fn, self.args = fn, args
class Printer:
    def visit_Num(self, n): return str(n.v)
    def visit_Var(self, n): return n.name
    def visit_BinOp(self, n): return "(%s %s %s)" % (n.l.accept(self), n.op, n.r.accept(self))
    def visit_Let(self, n): return "let %s = %s in %s" % (n.name, n.value.accept(self), n.body.accept(self))
    def visit_Call(self, n): return "%s(%s)" % (n.fn, ", ".join(a.accept(self) for a in n.args))
class EvalError(Exception):
    pass
class Evaluator:
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a // b}
    funcs = {"max": max, "min": min, "abs": abs}
    def __init__(self):
        self.env = [{}]
        self.steps = 0
    def visit_Num(self, n):
        self.steps += 1
        return n.v
    def visit_Var(self, n):
        self.steps += 1
        for scope in reversed(self.env):
            if n.name in scope:
                return scope[n.name]
        raise EvalError("unbound variable " + n.name)
    def visit_BinOp(self, n):
        self.steps += 1
        a, b = n.l.accept(self), n.r.accept(self)
        try:
            return self.ops[n.op](a, b)
        except ZeroDivisionError as e:
            raise EvalError("division by zero in %s" % n.accept(Printer())) from e
    def visit_Let(self, n):
        self.steps += 1
        v = n.value.accept(self)
        self.env.append({n.name: v})
        try:
            return n.body.accept(self)
        finally:
            self.env.pop()
    def visit_Call(self, n):
        self.steps += 1
        return self.funcs[n.fn](*[a.accept(self) for a in n.args])
class Counter:
    def __init__(self): self.counts = {}
    def __getattr__(self, name):
        if not name.startswith("visit_"):
            raise AttributeError(name)
        kind = name[6:]
        def visit(n):
            self.counts[kind] = self.counts.get(kind, 0) + 1
            for child in vars(n).values():
                if isinstance(child, Node):
                    child.accept(self)
                elif isinstance(child, tuple):
                    for c in child:
                        c.accept(self)
        return visit
e1 = Let("x", BinOp("+", Num(3), Num(4)), BinOp("*", Var("x"), Let("y", Num(2), BinOp("-", Var("x"), Var("y")))))
e2 = Call("max", Num(1), BinOp("*", Num(6), Num(7)), Call("abs", Num(-50)))
e3 = BinOp("/", Num(1), BinOp("-", Num(2), Num(2)))
e4 = Let("a", Num(1), Var("b"))
for e in (e1, e2, e3, e4):
    ev = Evaluator()
    try:
        result = e.accept(ev)
    except EvalError as err:
        result = "EvalError: %s (cause %s)" % (err, type(err.__cause__).__name__)
    print(e.accept(Printer()), "=>", result, "steps", ev.steps)
c = Counter()
e1.accept(c)
e2.accept(c)
print(sorted(c.counts.items()))
class Broken(Node):
    pass
try:
    Broken().accept(Printer())
except AttributeError as err:
    print(type(err).__name__, err)
