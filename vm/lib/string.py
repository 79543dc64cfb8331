"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

# Functions which aren't available as string methods.

# Capitalize the words in a string, e.g. " aBc  dEf " -> "Abc Def".
def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
# Template: $-substitutions, implemented with a hand-written scanner
# equivalent to CPython's default pattern (no `re` available).

_sentinel_dict = {}
_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


def _scan_id(s, j):
    # Return the end of the identifier starting at s[j], or j if none.
    n = len(s)
    if j < n and s[j] in _ID_START:
        j += 1
        while j < n and s[j] in _ID_CHARS:
            j += 1
    return j


def _template_matches(s, delim):
    # Yields (kind, start, end, name) for each delimiter occurrence, where
    # kind is 'escaped', 'named', 'braced' or 'invalid'.
    dl = len(delim)
    i = 0
    while True:
        p = s.find(delim, i)
        if p < 0:
            return
        j = p + dl
        if s.startswith(delim, j):
            yield ('escaped', p, j + dl, None)
            i = j + dl
            continue
        e = _scan_id(s, j)
        if e > j:
            yield ('named', p, e, s[j:e])
            i = e
            continue
        if s.startswith('{', j):
            e = _scan_id(s, j + 1)
            if e > j + 1 and s.startswith('}', e):
                yield ('braced', p, e + 1, s[j + 1:e])
                i = e + 1
                continue
        yield ('invalid', p, j, None)
        i = j


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        s = self.template
        parts = []
        last = 0
        for kind, start, end, name in _template_matches(s, self.delimiter):
            parts.append(s[last:start])
            last = end
            if name is not None:
                parts.append(str(mapping[name]))
            elif kind == 'escaped':
                parts.append(self.delimiter)
            else:
                self._invalid(end)
        parts.append(s[last:])
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        s = self.template
        parts = []
        last = 0
        for kind, start, end, name in _template_matches(s, self.delimiter):
            parts.append(s[last:start])
            last = end
            if name is not None:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(s[start:end])
            elif kind == 'escaped':
                parts.append(self.delimiter)
            else:
                parts.append(s[start:end])
        parts.append(s[last:])
        return ''.join(parts)

    def is_valid(self):
        for kind, start, end, name in _template_matches(self.template, self.delimiter):
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in _template_matches(self.template, self.delimiter):
            if name is not None and name not in ids:
                ids.append(name)
        return ids
