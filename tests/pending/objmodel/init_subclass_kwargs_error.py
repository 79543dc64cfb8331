# Error message when unexpected class keywords reach object.__init_subclass__ via super().

class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)

try:
    class Sub(Base, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
try:
    class Sub2(Plain, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

msgs = set()
for i in range(100):
    try:
        type("Dyn%d" % (i % 3), (Base,), {}, k=i)
    except TypeError as e:
        msgs.add(str(e))
print(sorted(msgs))
