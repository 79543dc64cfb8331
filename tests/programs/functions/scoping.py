# Checks LEGB scoping: local/enclosing/global/builtin lookup, shadowing builtins, UnboundLocalError.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def local_only():
    x = "local"
    return x
print(local_only(), x)
def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print(shadow_builtin(), len("abc"))
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
def undefined():
    return not_defined_anywhere
try:
    undefined()
except NameError as e:
    print(type(e).__name__, e)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def comp_scope():
    i = "outer"
    r = [i for i in range(3)]
    return i, r
print(comp_scope())
def cond_def(flag):
    if flag:
        y = 1
    return y
print(cond_def(True))
try:
    cond_def(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
