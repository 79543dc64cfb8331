# dir(), class __dict__ contents, vars() on classes (non-dunder names only)
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass
    @property
    def prop(self):
        return 4
    @staticmethod
    def st():
        pass
    @classmethod
    def cm(cls):
        pass
def public(names):
    return [n for n in names if not n.startswith("__")]
c = Child()
print(public(dir(c)))
print(public(dir(Child)))
print(public(dir(Base)))
print(sorted(public(Child.__dict__)), sorted(public(vars(Child))))
print(sorted(vars(c)), "inst" in dir(c), "inst" in dir(Child))
print("__init__" in dir(c), "__class__" in dir(c), "__dict__" in Child.__dict__, "__module__" in Child.__dict__)
print(type(Child.__dict__["st"]).__name__, type(Child.__dict__["cm"]).__name__, type(Child.__dict__["prop"]).__name__)
print(Child.__dict__["child_attr"], "base_attr" in Child.__dict__)
try:
    Child.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]
print(dir(Custom()))
class Slots:
    __slots__ = ("a", "b")
print(public(dir(Slots)), hasattr(Slots(), "__dict__"))
c.extra = 5
print(public(dir(c))[:3], len(vars(c)))
print(sorted(k for k in vars(Base) if not k.startswith("_")))
