# The exact TypeError message for an inconsistent MRO (CPython's contains a newline).

class O: pass
class A(O): pass
class Left(O): pass
class Right(O): pass

for bases in [(O, A), (Left, O, Right)]:
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print(repr(str(e)))
        print(e)

try:
    class X(Left, Right): pass
    class Y(Right, Left): pass
    class XY(X, Y): pass
except TypeError as e:
    print(e.args)

for i in range(300):
    try:
        type("Bad", (O, A), {})
    except TypeError as e:
        msg = str(e)
print(msg.count("\n"), len(msg.splitlines()))
