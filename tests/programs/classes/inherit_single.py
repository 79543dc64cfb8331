# Single inheritance, overriding, super() in __init__ and other methods
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
        self.log = ["Animal.__init__"]
    def speak(self):
        return "..."
    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())

class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
        self.log.append("Dog.__init__")
    def speak(self):
        return "woof"

class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name, "mutt")
        self.log.append("Puppy.__init__")
    def speak(self):
        return super().speak() + "!"
    def describe(self):
        return "tiny " + super().describe()

class Cat(Animal):
    kind = "cat"

for a in [Animal("generic"), Dog("rex", "lab"), Puppy("bit"), Cat("tom")]:
    print(a.describe())
    print("  ", type(a).__name__, a.log)
p = Puppy("x")
print(p.breed, isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Cat, object))
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, Animal.__bases__)
print([k.__name__ for k in Puppy.__mro__])
# explicit two-arg super
class Base:
    def who(self):
        return "Base"
class Mid(Base):
    def who(self):
        return "Mid>" + super(Mid, self).who()
class Leaf(Mid):
    def who(self):
        return "Leaf>" + super(Leaf, self).who()
    def skip(self):
        return super(Mid, self).who()
print(Leaf().who(), Leaf().skip())
# forgetting super().__init__
class NoInit(Animal):
    def __init__(self):
        pass
n = NoInit()
try:
    n.describe()
except AttributeError as e:
    print(type(e).__name__, e)
# super outside of method
def f():
    return super().x
try:
    f()
except RuntimeError as e:
    print(type(e).__name__, e)
# super attr missing
class Z(Base):
    def go(self):
        return super().nothing
try:
    Z().go()
except AttributeError as e:
    print(type(e).__name__, e)
