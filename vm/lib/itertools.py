"""Functional tools for creating and using iterators (pyjit pure-Python version).

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
"""

import _itertools


_MAXSIZE = 9223372036854775807


def _index(x):
    # Same as operator.index(x), with CPython's error message.
    if isinstance(x, int):
        return int(x)
    try:
        meth = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return meth(x)


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__'))


# ---------------------------------------------------------------- infinite

class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._cnt
        self._cnt = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)

    def __reduce__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return (type(self), (self._cnt,))
        return (type(self), (self._cnt, step))


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    return _cycle(iter(iterable))

def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


_no_times = object()

class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=_no_times):
        self._element = object
        if times is _no_times:
            self._cnt = -1
        else:
            times = _index(times)
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        if cnt > 0:
            self._cnt = cnt - 1
            return self._element
        if cnt == 0:
            raise StopIteration
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return '%s(%r)' % (type(self).__name__, self._element)
        return '%s(%r, %d)' % (type(self).__name__, self._element, self._cnt)

    def __reduce__(self):
        if self._cnt == -1:
            return (type(self), (self._element,))
        return (type(self), (self._element, self._cnt))


# ---------------------------------------------------------------- terminating

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)

def _accumulate(it, func, total):
    if total is not None:
        yield total
    else:
        for total in it:
            break
        else:
            return
        yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def _chain_gen(source):
    for it in source:
        for element in it:
            yield element


class chain:
    """chain(*iterables) --> chain object

    Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._gen = _chain_gen(iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls()
        self._gen = _chain_gen(iter(iterable))
        return self


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))

def _compress(data, selectors):
    for d in data:
        for s in selectors:
            break
        else:
            return
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile(predicate, iter(iterable))

def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse(function, iter(iterable))

def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


_NULL = object()

class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        newvalue = next(self._it)      # StopIteration propagates
        keyfunc = self._keyfunc
        if keyfunc is None:
            newkey = newvalue
        else:
            newkey = keyfunc(newvalue)
        self._currvalue = newvalue
        self._currkey = newkey

    def __next__(self):
        self._currgrouper = None
        # skip to next iteration group
        while True:
            currkey = self._currkey
            if currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            else:
                tgtkey = self._tgtkey
                if not (tgtkey is currkey or tgtkey == currkey):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _NULL:
            gbo._step()
        tgtkey = self._tgtkey
        currkey = gbo._currkey
        if not (tgtkey is currkey or tgtkey == currkey):
            raise StopIteration
        r = gbo._currvalue
        gbo._currvalue = _NULL
        return r


def islice(*args, **kwargs):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator."""
    if kwargs:
        raise TypeError('islice() takes no keyword arguments')
    nargs = len(args)
    if nargs < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % nargs)
    if nargs > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % nargs)
    seq = args[0]
    start = 0
    step = 1
    stop = None
    if nargs == 2:
        a1 = args[1]
        if a1 is not None:
            stop = _islice_arg(a1)
            if stop < 0:
                raise ValueError('Stop argument for islice() must be None or '
                                 'an integer: 0 <= x <= sys.maxsize.')
    else:
        a1 = args[1]
        a2 = args[2]
        if a1 is not None:
            start = _islice_arg(a1)
        if a2 is not None:
            stop = _islice_arg(a2)
            if stop < 0:
                raise ValueError('Stop argument for islice() must be None or '
                                 'an integer: 0 <= x <= sys.maxsize.')
    if start < 0:
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if nargs == 4:
        a3 = args[3]
        if a3 is not None:
            step = _islice_arg(a3)
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
    it = iter(seq)
    if stop is None:
        return _islice_nostop(it, start, step)
    return _islice_stop(it, start, stop, step)

def _islice_arg(x):
    try:
        v = _index(x)
    except TypeError:
        return -1
    if v > _MAXSIZE or v < 0:
        return -1
    return v

def _islice_nostop(it, nxt, step):
    cnt = 0
    for item in it:
        if cnt == nxt:
            nxt += step
            cnt += 1
            yield item
        else:
            cnt += 1

def _islice_stop(it, nxt, stop, step):
    # Port of CPython's islice_next: consume up to `nxt`, stop when the
    # count reaches `stop` without consuming the element at `stop`.
    cnt = 0
    if nxt >= stop:
        # nothing to yield: only skip the first `nxt` items
        if nxt > 0:
            for item in it:
                cnt += 1
                if cnt >= nxt:
                    break
        return
    for item in it:
        if cnt == nxt:
            cnt += 1
            nxt += step
            if nxt > stop:
                nxt = stop
            yield item
            if cnt >= stop:
                return
            if nxt == stop:
                # skip the remaining items up to stop, then finish
                for item in it:
                    cnt += 1
                    if cnt >= stop:
                        break
                return
        else:
            cnt += 1


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))

def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))

def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))

def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    # Shared singly linked list of [value, next] cells; the last cell is an
    # empty placeholder [None, None] to be filled by whichever tee gets there
    # first.
    head = [None, None]
    return tuple([_tee(it, head) for i in range(n)])

def _tee(it, link):
    while True:
        nxt = link[1]
        if nxt is None:
            for value in it:
                break
            else:
                return
            nxt = [None, None]
            link[0] = value
            link[1] = nxt
        else:
            value = link[0]
        link = nxt
        yield value


def zip_longest(*args, fillvalue=None):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

    Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.  The .__next__()
    method continues until the longest iterable in the argument sequence
    is exhausted and then it raises StopIteration.  When the shorter iterables
    are exhausted, the fillvalue is substituted in their place.  The fillvalue
    defaults to None or can be specified by a keyword argument.
    """
    return _zip_longest([iter(it) for it in args], fillvalue)

def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    n = num_active
    while True:
        values = []
        for i in range(n):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            for value in it:
                break
            else:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


# ---------------------------------------------------------------- combinatoric

def product(*args, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * repeat
    return _itertools.product(pools)

def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        if not isinstance(r, int):
            raise TypeError('Expected int as r')
        r = int(r)
        if r < 0:
            raise ValueError('r must be non-negative')
    return _itertools.permutations(pool, r)

def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _itertools.combinations(pool, r)

def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _itertools.combinations_with_replacement(pool, r)

