# User exception hierarchies: custom __init__, args, __str__
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return "%s: %s" % (self.field, self.msg)
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
class Retry(AppError):
    def __init__(self, attempts, *rest):
        super().__init__("retry", attempts, *rest)
        self.attempts = attempts
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.args, e.field, repr(e))
try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, str(e), e.args, e.key, repr(e))
try:
    raise Retry(3, "x")
except Retry as e:
    print(type(e).__name__, e, e.args, e.attempts)
for exc in [AppError(), AppError("one"), AppError("a", 2), ValidationError("f", "m")]:
    print(repr(str(exc)), exc.args, repr(exc))
print(issubclass(ValidationError, Exception), issubclass(NotFound, ValidationError))
print([c.__name__ for c in ValidationError.__mro__])
# exception with attributes set after
e = AppError("x")
e.code = 42
print(e.code, e.args)
e.args = ("changed", 1)
print(e, e.args)
# raising the class
try:
    raise NotFound
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise AppError
except AppError as err:
    print(type(err).__name__, repr(err), err.args)
# not deriving from BaseException
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise NotExc
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        pass
    except NotExc:
        pass
    raise ValueError("v")
except ValueError as err:
    print(type(err).__name__, err)
try:
    try:
        raise ValueError("x")
    except NotExc:
        pass
except TypeError as err:
    print(type(err).__name__, err)
# BaseException subclass not caught by Exception
class Stop(BaseException):
    pass
try:
    try:
        raise Stop("halt")
    except Exception:
        print("wrong")
except BaseException as err:
    print("outer", type(err).__name__, err)
# exceptions with keyword arguments
class KW(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code
try:
    raise KW("bad", code=7)
except KW as err:
    print(err, err.code, err.args)
