# Class keyword arguments must reach the metaclass __prepare__ too.

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw.items()))
        return {"prepared_with": sorted(kw)}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=True, level=3):
    pass
print(A.prepared_with)

class B(A, mode="x"):
    pass
print(B.prepared_with)

seen = []
for i in range(200):
    C = Meta.__prepare__("C", (), n=i)
    seen.append(len(C["prepared_with"]))
print(sum(seen))
