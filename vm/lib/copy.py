"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)        # make a shallow copy of y
        x = copy.deepcopy(y)    # make a deep copy of y

For module specific errors, copy.Error is raised.

The difference between shallow and deep copying is only relevant for
compound objects (objects that contain other objects, like lists or
class instances).

- A shallow copy constructs a new compound object and then (to the
  extent possible) inserts *the same objects* into it that the
  original contains.

- A deep copy constructs a new compound object and then, recursively,
  inserts *copies* into it of the objects found in the original.

Classes can use the same interfaces to control copying that they use
to control pickling: they can define methods called __getinitargs__(),
__getstate__() and __setstate__().  See the documentation for module
"pickle" for information on these methods.

This is the pyjit pure-Python implementation: it follows CPython's
copy.py, emulating object.__reduce_ex__(4) for ordinary instances.
"""

class Error(Exception):
    pass
error = Error   # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]


def _dummy_function():
    pass

class _DummyClass:
    def method(self):
        pass

try:
    _bytearray = bytearray
except NameError:          # not every runtime has bytearray
    _bytearray = None

_FunctionType = type(_dummy_function)
_BuiltinFunctionType = type(len)
try:
    _MethodType = type(_DummyClass().method)
except Exception:
    _MethodType = None
try:
    _CodeType = type(_dummy_function.__code__)
except Exception:
    _CodeType = None

# Builtin classes whose __dict__ entries must not be treated as user-defined
# reduction hooks.
_builtin_types = set()
for _t in (object, int, float, bool, str, bytes, tuple, list,
           dict, set, frozenset, type, BaseException, _bytearray):
    if _t is not None:
        _builtin_types.add(_t)


def _user_reductor(cls):
    # Return '__reduce_ex__' or '__reduce__' if a non-builtin class in the
    # MRO of cls defines one, else None.
    try:
        mro = cls.__mro__
    except AttributeError:
        mro = (cls,)
    for klass in mro:
        if klass in _builtin_types:
            continue
        try:
            ns = klass.__dict__
        except AttributeError:
            continue
        if '__reduce_ex__' in ns:
            return '__reduce_ex__'
        if '__reduce__' in ns:
            return '__reduce__'
    return None


def _newobj(cls, *args):
    return cls.__new__(cls, *args)

def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reduce(x, cls):
    """Equivalent of x.__reduce_ex__(4)."""
    name = _user_reductor(cls)
    if name == '__reduce_ex__':
        return x.__reduce_ex__(4)
    if name == '__reduce__':
        return x.__reduce__()
    if isinstance(x, (set, frozenset)):
        state = getattr(x, '__dict__', None) or None
        return (cls, (list(x),), state)
    # object.__reduce_ex__(4) -> copyreg.__newobj__ style reduction
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        func = _newobj_ex
        fargs = (cls, args, kwargs)
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
        elif isinstance(x, tuple):
            args = (tuple(x),)
        elif isinstance(x, str):
            args = (str(x),)
        elif isinstance(x, bool):
            args = (bool(x),)
        elif isinstance(x, int):
            args = (int(x),)
        elif isinstance(x, float):
            args = (float(x),)
        elif isinstance(x, bytes):
            args = (bytes(x),)
        else:
            args = ()
        func = _newobj
        fargs = (cls,) + tuple(args)
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        try:
            state = x.__dict__
        except AttributeError:
            state = None
        if not state:
            state = None
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (func, fargs, state, listitems, dictitems)


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """

    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        # treat it as a regular class:
        return _copy_immutable(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}

def _copy_immutable(x):
    return x
for t in (type(None), int, float, bool, str, tuple,
          bytes, frozenset, type, range, slice, property,
          _BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
          _FunctionType):
    d[t] = _copy_immutable
if _CodeType is not None:
    d[_CodeType] = _copy_immutable

def _copy_list(x):
    return x.copy()
def _copy_dict(x):
    return x.copy()
def _copy_set(x):
    return x.copy()
def _copy_bytearray(x):
    return _bytearray(x)

d[list] = _copy_list
d[dict] = _copy_dict
d[set] = _copy_set
if _bytearray is not None:
    d[_bytearray] = _copy_bytearray

del d, t

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """

    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo) # Make sure x lives at least as long as d
    return y

_deepcopy_dispatch = d = {}

def _deepcopy_atomic(x, memo):
    return x
d[type(None)] = _deepcopy_atomic
d[type(Ellipsis)] = _deepcopy_atomic
d[type(NotImplemented)] = _deepcopy_atomic
d[int] = _deepcopy_atomic
d[float] = _deepcopy_atomic
d[bool] = _deepcopy_atomic
d[bytes] = _deepcopy_atomic
d[str] = _deepcopy_atomic
if _CodeType is not None:
    d[_CodeType] = _deepcopy_atomic
d[type] = _deepcopy_atomic
d[range] = _deepcopy_atomic
d[_BuiltinFunctionType] = _deepcopy_atomic
d[_FunctionType] = _deepcopy_atomic
d[property] = _deepcopy_atomic

def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list

def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y
d[tuple] = _deepcopy_tuple

def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict

def _deepcopy_set(x, memo, deepcopy=deepcopy):
    # set.__reduce__ -> (set, (list(x),), None): the list is deep-copied first
    items = list(x)
    items = deepcopy(items, memo)
    return type(x)(items)
d[set] = _deepcopy_set
d[frozenset] = _deepcopy_set

def _deepcopy_bytearray(x, memo):
    return _bytearray(x)
if _bytearray is not None:
    d[_bytearray] = _deepcopy_bytearray

def _deepcopy_method(x, memo): # Copy instance methods
    return type(x)(x.__func__, deepcopy(x.__self__, memo))
if _MethodType is not None:
    d[_MethodType] = _deepcopy_method

del d

def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    We store a reference at the id of the memo, which should
    normally not be used unless someone tries to deepcopy
    the memo itself...
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)]=[x]

def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
