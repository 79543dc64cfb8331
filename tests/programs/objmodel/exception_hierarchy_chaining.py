# User exception hierarchies: args, custom __init__/__str__, chaining attributes.

class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return "%s: %s" % (self.field, self.problem)

class NotFound(AppError, KeyError):
    pass

class Quiet(AppError):
    def __init__(self):
        pass

errs = [AppError(), AppError("x"), AppError("x", 2), ValidationError("age", "negative"), NotFound("key"), Quiet()]
for e in errs:
    print(type(e).__name__, repr(e.args), "[%s]" % e, repr(e))
print([c.__name__ for c in NotFound.__mro__])

# Catching by base class.
def fail(kind):
    if kind == 0:
        raise ValidationError("name", "empty")
    if kind == 1:
        raise NotFound("user 7")
    if kind == 2:
        raise KeyError("plain")
    if kind == 3:
        raise AppError("generic")
    return "ok"

for k in range(5):
    try:
        r = fail(k)
    except ValidationError as e:
        r = "validation " + e.field
    except KeyError as e:
        r = "keyerror %s %s" % (type(e).__name__, e)
    except AppError as e:
        r = "app " + str(e)
    else:
        r = "else " + r
    finally:
        r += "!"
    print(r)

# raise ... from ... sets __cause__ and __suppress_context__.
def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise NotFound(key) from e

try:
    load("cfg")
except AppError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__, e.__context__ is e.__cause__)

# Implicit chaining via __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValidationError("div", "bad divisor")
except ValidationError as e:
    print(e, type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

# raise ... from None.
try:
    try:
        int("x")
    except ValueError:
        raise AppError("converted") from None
except AppError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

# Re-raise keeps the same object; with_traceback returns self; args mutation.
try:
    try:
        raise Quiet()
    except Quiet as q:
        q.args = ("mutated",)
        raise
except AppError as e:
    print(type(e).__name__, e.args, str(e), e.with_traceback(None) is e)

# Exception attributes and notes-free equality.
e1 = ValidationError("f", "p")
print(e1 == e1, e1 == ValidationError("f", "p"), isinstance(e1, Exception), issubclass(NotFound, LookupError))

# Hot loop raising and catching by base class.
counts = {}
for i in range(400):
    try:
        fail(i % 5)
    except AppError as e:
        name = type(e).__name__
        counts[name] = counts.get(name, 0) + 1
    except KeyError:
        counts["KeyError"] = counts.get("KeyError", 0) + 1
print(sorted(counts.items()))
