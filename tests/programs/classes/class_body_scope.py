# Class body scoping rules
x = "global"
class A:
    x = "class"
    y = x + "!"
    def get_x(self):
        return x
    lst = [x for _ in range(2)]
    doubled = [v * 2 for v in (1, 2, 3)]
    def get_cls_x(self):
        return self.x
print(A.y, A().get_x(), A.lst, A.doubled, A().get_cls_x())
def outer():
    x = "enclosing"
    class B:
        y = x
        x = "B-local"
        z = x
        def m(self):
            return x
    return B
B = outer()
print(B.y, B.z, B().m(), B.x)
def outer2():
    v = "free"
    class C:
        def m(self):
            return v
        w = v
    v = "changed"
    return C
C = outer2()
print(C().m(), C.w)
# class body executes top to bottom, names can be deleted
class D:
    a = 1
    b = a + 1
    del a
    def f(self):
        return "f1"
    def f(self):
        return "f2"
    if b > 1:
        extra = "yes"
    else:
        missing = "no"
    for i in range(3):
        pass
print(hasattr(D, "a"), D.b, D().f(), D.extra, hasattr(D, "missing"), D.i)
# nested class can't see enclosing class names
class Outer:
    secret = 42
    class Inner:
        try:
            val = secret
        except NameError as e:
            val = "NameError: " + str(e)
print(Outer.Inner.val)
# methods reference class via name at call time
class E:
    def make(self):
        return E
Eref = E
class E:
    pass
print(Eref().make() is E, Eref().make() is Eref)
# class body return value of statements, locals() in class body
class F:
    p = 1
    q = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(F.names)
# global statement in class body
counter = 0
class G:
    global counter
    counter += 5
print(counter, hasattr(G, "counter"))
# nonlocal in method
def make():
    calls = 0
    class H:
        def hit(self):
            nonlocal calls
            calls += 1
            return calls
    return H
H = make()
h = H()
print(h.hit(), h.hit(), H().hit())
# class defined in loop captures loop var at def time for class attrs
classes = []
for i in range(3):
    class K:
        idx = i
        def get(self):
            return i
    classes.append(K)
print([k.idx for k in classes], [k().get() for k in classes])
