# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__ if isinstance(item, type) else repr(item))
print(Box[int], Box["x"], Box[1, 2])
class SubBox(Box): pass
print(SubBox[str])
print(type(Box.__dict__["__class_getitem__"]).__name__)
class Typed:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return type(cls.__name__ + "_" + "_".join(p.__name__ for p in params), (cls,), {"params": params})
    def describe(self):
        return [p.__name__ for p in self.params]
IntStr = Typed[int, str]
print(IntStr.__name__, IntStr().describe(), issubclass(IntStr, Typed))
try:
    Typed()[int]
except TypeError as e:
    print(type(e).__name__, e)
class NoCG: pass
try:
    NoCG[int]
except TypeError as e:
    print(type(e).__name__, e)
# instance __getitem__ vs class __class_getitem__
class Both:
    def __getitem__(self, k):
        return ("inst", k)
    def __class_getitem__(cls, k):
        return ("cls", k)
print(Both()[1], Both[1])
# explicit classmethod decorator also works
class Explicit:
    @classmethod
    def __class_getitem__(cls, k):
        return cls.__name__ + "!" + str(k)
print(Explicit[3])
