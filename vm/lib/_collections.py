"""deque and defaultdict for pyjit's `collections` (CPython keeps them in the C module
`_collections`; here they are Python, with `__module__` set to 'collections').

(pyjit pure-Python implementation.)
"""


_MAXSIZE = 9223372036854775807

# ids of objects whose repr is being computed (recursion guard, like
# CPython's Py_ReprEnter / reprlib.recursive_repr)
_repr_running = set()

_MISSING = object()


def _callable(obj):
    # callable(obj), also honouring a __call__ defined in obj's class
    if callable(obj):
        return True
    try:
        mro = type(obj).__mro__
    except AttributeError:
        return False
    for klass in mro:
        try:
            if '__call__' in klass.__dict__:
                return True
        except AttributeError:
            pass
    return False


def _index(x):
    if isinstance(x, int):
        return int(x)
    try:
        meth = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return meth(x)


def _instance_state(obj, hidden):
    # __dict__ of obj without the implementation attributes in `hidden`,
    # or None when empty (like object.__getstate__()).
    try:
        d = obj.__dict__
    except AttributeError:
        return None
    state = {}
    for k in d:
        if k not in hidden:
            state[k] = d[k]
    return state or None


################################################################################
### deque
################################################################################

# Implementation: a Python list `_deque_items` whose live part starts at
# index `_deque_head`; slots before the head are free (None) so appendleft and
# popleft are amortized O(1) while append/pop map straight onto list methods.
# `_deque_state` is bumped by operations that rearrange the items in place, so
# iterators can detect mutation (like CPython's deque->state).

_DEQUE_ATTRS = frozenset(['_deque_items', '_deque_head', '_deque_maxlen',
                          '_deque_state'])


class deque:
    __module__ = 'collections'
    '''A list-like sequence optimized for data accesses near its endpoints.'''

    def __init__(self, iterable=_MISSING, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            maxlen = int(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._deque_maxlen = maxlen
        try:
            items = self._deque_items
        except AttributeError:
            self._deque_items = []
            self._deque_state = 0
        else:
            # re-initialisation clears the deque
            items.clear()
            self._deque_state += 1
        self._deque_head = 0
        if iterable is not _MISSING:
            self.extend(iterable)

    @property
    def maxlen(self):
        '''maximum size of a deque or None if unbounded'''
        return self._deque_maxlen

    # -- the hot operations ------------------------------------------------

    def append(self, x):
        '''Add an element to the right side of the deque.'''
        a = self._deque_items
        a.append(x)
        maxlen = self._deque_maxlen
        if maxlen is not None and len(a) - self._deque_head > maxlen:
            self.popleft()

    def appendleft(self, x):
        '''Add an element to the left side of the deque.'''
        h = self._deque_head
        a = self._deque_items
        if h == 0:
            k = len(a)
            if k < 8:
                k = 8
            a[0:0] = [None] * k
            h = k
        h -= 1
        a[h] = x
        self._deque_head = h
        maxlen = self._deque_maxlen
        if maxlen is not None and len(a) - h > maxlen:
            self.pop()

    def pop(self):
        '''Remove and return the rightmost element.'''
        a = self._deque_items
        h = self._deque_head
        n = len(a)
        if n <= h:
            raise IndexError('pop from an empty deque')
        x = a.pop()
        if h and n - 1 == h:
            a.clear()
            self._deque_head = 0
        return x

    def popleft(self):
        '''Remove and return the leftmost element.'''
        a = self._deque_items
        h = self._deque_head
        n = len(a)
        if h >= n:
            raise IndexError('pop from an empty deque')
        x = a[h]
        a[h] = None
        h += 1
        if h == n:
            a.clear()
            h = 0
        elif h > 16 and h > 2 * (n - h):
            del a[:h]
            h = 0
        self._deque_head = h
        return x

    def __len__(self):
        return len(self._deque_items) - self._deque_head

    def __bool__(self):
        return len(self._deque_items) > self._deque_head

    # -- bulk operations ---------------------------------------------------

    def extend(self, iterable):
        '''Extend the right side of the deque with elements from the iterable'''
        if iterable is self:
            iterable = list(iterable)
        if self._deque_maxlen is None:
            self._deque_items.extend(iterable)
        else:
            append = self.append
            for x in iterable:
                append(x)

    def extendleft(self, iterable):
        '''Extend the left side of the deque with elements from the iterable'''
        if iterable is self:
            iterable = list(iterable)
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        '''Remove all elements from the deque.'''
        self._deque_items.clear()
        self._deque_head = 0
        self._deque_state += 1

    def copy(self):
        '''Return a shallow copy of a deque.'''
        cls = type(self)
        if cls is deque:
            new = deque(maxlen=self._deque_maxlen)
            h = self._deque_head
            new._deque_items.extend(self._deque_items[h:] if h else self._deque_items)
            return new
        if self._deque_maxlen is None:
            return cls(self)
        return cls(self, self._deque_maxlen)

    __copy__ = copy

    def __reduce__(self):
        state = _instance_state(self, _DEQUE_ATTRS)
        if self._deque_maxlen is None:
            return (type(self), (), state, iter(self))
        return (type(self), ((), self._deque_maxlen), state, iter(self))

    def _live(self):
        h = self._deque_head
        if h:
            return self._deque_items[h:]
        return self._deque_items

    def count(self, value):
        '''Return number of occurrences of value.'''
        return self._live().count(value)

    def index(self, value, start=0, stop=_MAXSIZE):
        '''Return first index of value.

        Raises ValueError if the value is not present.'''
        start = _index(start)
        stop = _index(stop)
        n = len(self)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        if start > stop:
            start = stop
        h = self._deque_head
        a = self._deque_items
        state = self._deque_state
        i = start
        while i < stop:
            item = a[h + i]
            if item is value or item == value:
                if (self._deque_state != state or self._deque_head != h
                        or len(a) - h != n):
                    raise RuntimeError('deque mutated during iteration')
                return i
            if (self._deque_state != state or self._deque_head != h
                    or len(a) - h != n):
                raise RuntimeError('deque mutated during iteration')
            i += 1
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, i, x):
        '''Insert value before index.'''
        i = _index(i)
        n = len(self)
        if self._deque_maxlen is not None and n >= self._deque_maxlen:
            raise IndexError('deque already at its maximum size')
        if i >= n:
            self.append(x)
            return
        if i <= -n or i == 0:
            self.appendleft(x)
            return
        if i < 0:
            i += n
        self._deque_items.insert(self._deque_head + i, x)
        self._deque_state += 1

    def remove(self, value):
        '''Remove first occurrence of value.'''
        a = self._deque_items
        h = self._deque_head
        n = len(a)
        i = h
        while i < n:
            item = a[i]
            if item is value or item == value:
                if len(a) != n or self._deque_head != h:
                    raise IndexError('deque mutated during remove().')
                del a[i]
                self._deque_state += 1
                if h and len(a) == h:
                    a.clear()
                    self._deque_head = 0
                return
            if len(a) != n or self._deque_head != h:
                raise IndexError('deque mutated during remove().')
            i += 1
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        '''Reverse *IN PLACE*.'''
        a = self._deque_items
        h = self._deque_head
        if h:
            live = a[h:]
            live.reverse()
            a[h:] = live
        else:
            a.reverse()
        self._deque_state += 1

    def rotate(self, n=1):
        '''Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.'''
        n = _index(n)
        size = len(self)
        if size <= 1 or n == 0:
            return
        m = n % size
        if m == 0:
            return
        a = self._deque_items
        h = self._deque_head
        if m <= 8:
            # rotate right by m: move m items from the right end to the left
            for _ in range(m):
                x = a.pop()
                if h == 0:
                    k = len(a) + 1
                    if k < 8:
                        k = 8
                    a[0:0] = [None] * k
                    h = k
                h -= 1
                a[h] = x
            self._deque_head = h
        elif size - m <= 8:
            # rotate left by size - m
            for _ in range(size - m):
                x = a[h]
                a[h] = None
                h += 1
                a.append(x)
            if h > 16 and h > 2 * (len(a) - h):
                del a[:h]
                h = 0
            self._deque_head = h
        else:
            live = a[h:]
            a[h:] = live[-m:] + live[:-m]
        self._deque_state += 1

    # -- sequence protocol -------------------------------------------------

    def _norm_index(self, i):
        if type(i) is not int:
            if isinstance(i, int):
                i = int(i)
            else:
                try:
                    meth = type(i).__index__
                except AttributeError:
                    raise TypeError('sequence index must be integer, not %r'
                                    % type(i).__name__) from None
                i = meth(i)
        n = len(self._deque_items) - self._deque_head
        if i < 0:
            i += n
            if i < 0:
                raise IndexError('deque index out of range')
        elif i >= n:
            raise IndexError('deque index out of range')
        return i + self._deque_head

    def __getitem__(self, i):
        if type(i) is int:
            a = self._deque_items
            h = self._deque_head
            if i >= 0:
                i += h
                if i < len(a):
                    return a[i]
            else:
                i += len(a)
                if i >= h:
                    return a[i]
            raise IndexError('deque index out of range')
        return self._deque_items[self._norm_index(i)]

    def __setitem__(self, i, value):
        self._deque_items[self._norm_index(i)] = value

    def __delitem__(self, i):
        j = self._norm_index(i)
        a = self._deque_items
        del a[j]
        self._deque_state += 1
        h = self._deque_head
        if h and len(a) == h:
            a.clear()
            self._deque_head = 0

    def __contains__(self, value):
        h = self._deque_head
        if h:
            return value in self._deque_items[h:]
        return value in self._deque_items

    def __iter__(self):
        a = self._deque_items
        h = self._deque_head
        n = len(a)
        state = self._deque_state
        i = h
        while True:
            if self._deque_head != h or len(a) != n or self._deque_state != state:
                raise RuntimeError('deque mutated during iteration')
            if i >= n:
                return
            yield a[i]
            i += 1

    def __reversed__(self):
        a = self._deque_items
        h = self._deque_head
        n = len(a)
        state = self._deque_state
        i = n - 1
        while True:
            if self._deque_head != h or len(a) != n or self._deque_state != state:
                raise RuntimeError('deque mutated during iteration')
            if i < h:
                return
            yield a[i]
            i -= 1

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(list(self))
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._deque_maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._deque_maxlen)

    __hash__ = None

    # -- comparisons -------------------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        if len(self) != len(other):
            return False
        return self._live() == other._live()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        if len(self) != len(other):
            return True
        return self._live() != other._live()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() < other._live()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() <= other._live()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() > other._live()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() >= other._live()

    # -- arithmetic --------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate %s (not "%s") to %s'
                            % (type(self).__name__, type(other).__name__,
                               type(self).__name__))
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new.__imul__(n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        if n <= 0 or not self:
            self.clear()
            return self
        if n == 1:
            return self
        live = self._live()
        if live is self._deque_items:
            live = list(live)
        maxlen = self._deque_maxlen
        if maxlen is not None:
            size = len(live)
            if n * size > maxlen:
                n = (maxlen + size - 1) // size + 1
            items = live * n
            items = items[len(items) - maxlen:] if len(items) > maxlen else items
            a = self._deque_items
            a.clear()
            a.extend(items)
            self._deque_head = 0
        else:
            self._deque_items.extend(live * (n - 1))
        self._deque_state += 1
        return self


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    __module__ = 'collections'
    '''defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    '''

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not _callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                frepr = '...'
            else:
                _repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        '''D.copy() -> a shallow copy of D.'''
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        if self.default_factory is None:
            args = ()
        else:
            args = (self.default_factory,)
        return (type(self), args, None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### OrderedDict
################################################################################
