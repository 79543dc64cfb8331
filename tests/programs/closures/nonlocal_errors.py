# Checks UnboundLocalError/NameError involving closures and deleted enclosing variables.
def outer():
    x = 1
    def inner():
        return x
    del x
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(outer())
def bad_increment():
    total = 0
    def add():
        total += 1
        return total
    return add
try:
    bad_increment()()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def late():
    def use():
        return later_var
    try:
        use()
    except NameError as e:
        print(type(e).__name__, e)
    later_var = "now defined"
    return use()
print(late())
g = 5
def reads_then_assigns():
    try:
        print(g)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    g = 6
    return g
print(reads_then_assigns(), g)
