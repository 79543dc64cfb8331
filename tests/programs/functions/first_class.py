# Checks functions as values: passing, returning, storing in structures, getattr on builtins.
def apply(f, *args):
    return f(*args)
def double(x):
    return 2 * x
print(apply(double, 4), apply(max, 3, 9, 2), apply(len, "abc"), apply(str.upper, "hi"))
table = [double, abs, str, lambda v: [v]]
print([f(-3) for f in table])
def make_adder(n):
    def adder(x):
        return x + n
    return adder
add5 = make_adder(5)
print(add5(1), make_adder(-1)(1), type(add5))
def twice(f):
    return lambda x: f(f(x))
print(twice(double)(3), twice(twice(double))(1), twice(add5)(0))
dispatch = {"double": double, "neg": lambda v: -v}
for name in ["double", "neg"]:
    print(name, dispatch[name](21))
f = double
del double
print(f(8))
print(getattr("abc", "upper")(), hasattr([], "append"), hasattr(5, "nope"), getattr(5, "nope", "fallback"))
m = getattr([3, 1, 2], "index")
print(m(2))
def no_return():
    pass
def bare_return():
    return
print(no_return(), bare_return())
def multi():
    return 1, [2], "three"
print(multi())
