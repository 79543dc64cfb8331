# Abstract base classes done by hand: enforcing overrides at instantiation time
def abstract(fn):
    fn.is_abstract = True
    return fn
class AbstractMeta(type):
    def __call__(cls, *args, **kw):
        missing = sorted(name for name in dir(cls) if getattr(getattr(cls, name), "is_abstract", False))
        if missing:
            raise TypeError("Can't instantiate abstract class %s with abstract methods %s" % (cls.__name__, ", ".join(missing)))
        return super().__call__(*args, **kw)
class Storage(metaclass=AbstractMeta):
    @abstract
    def read(self, key): pass
    @abstract
    def write(self, key, value): pass
    def copy(self, src, dst):
        self.write(dst, self.read(src))
class Partial(Storage):
    def read(self, key):
        return self.data[key]
class Memory(Partial):
    def __init__(self):
        self.data = {}
    def write(self, key, value):
        self.data[key] = value
for cls in (Storage, Partial, Memory):
    try:
        obj = cls()
        print(cls.__name__, "ok", type(obj).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
m = Memory()
m.write("a", 1)
m.copy("a", "b")
print(sorted(m.data.items()))
# NotImplementedError style interface
class Codec:
    name = "base"
    def encode(self, s):
        raise NotImplementedError("%s.encode" % type(self).__name__)
    def decode(self, s):
        raise NotImplementedError("%s.decode" % type(self).__name__)
    def roundtrip(self, s):
        return self.decode(self.encode(s))
class Rot13(Codec):
    name = "rot13"
    def encode(self, s):
        out = []
        for ch in s:
            if "a" <= ch <= "z":
                out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
            elif "A" <= ch <= "Z":
                out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
            else:
                out.append(ch)
        return "".join(out)
    decode = encode
class Reverse(Codec):
    name = "rev"
    def encode(self, s):
        return s[::-1]
class HalfDone(Codec):
    def encode(self, s):
        return s.upper()
for codec in (Rot13(), Reverse(), HalfDone(), Codec()):
    try:
        print(codec.name, codec.encode("Hello, World"), codec.roundtrip("abc"))
    except NotImplementedError as e:
        print(codec.name, type(e).__name__, e)
print(Rot13.decode is Rot13.encode, Rot13().decode("Uryyb"))
