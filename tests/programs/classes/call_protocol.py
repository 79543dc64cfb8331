# __call__
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1, **kw):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale, sorted(kw)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(x=2, extra=1), add5.calls)
print(callable(add5), callable(Adder), callable(5), callable(print), callable(lambda: 1))
print(list(map(Adder(1), [1, 2, 3])))
print(sorted([3, 1, 2], key=Adder(0)))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    5()
except TypeError as e:
    print(type(e).__name__, e)
# __call__ chained
class Chain:
    def __init__(self, parts=()):
        self.parts = parts
    def __call__(self, p):
        return Chain(self.parts + (p,))
    def __repr__(self):
        return "/".join(self.parts)
print(Chain()("a")("b")("c"))
# __call__ set on instance is ignored
class Inst:
    pass
i = Inst()
i.__call__ = lambda: "inst"
try:
    i()
except TypeError as e:
    print(type(e).__name__, e)
print(i.__call__())
# __call__ added to class later
Inst.__call__ = lambda self: "class-level"
print(i())
# memoizing callable
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
# callable class as method (not bound!)
class CallObj:
    def __call__(self, *a):
        return len(a)
class UsesIt:
    m = CallObj()
print(UsesIt().m(1, 2))
# staticmethod around callable object
class UsesStatic:
    m = staticmethod(CallObj())
print(UsesStatic().m(1))
