# The ASCII fast paths of split(), lower(), upper(), join, indexing and iteration, against
# the general ones (non-ASCII text, maxsplit, every ASCII whitespace, str subclasses).
for s in ['a b  c', '  a b ', 'a\tb\nc\x0bd\x0ce\rf', '', '   ', 'x', ' \x1c a\x1fb \x1d\x1e',
          'é b  c', ' \u3000a\u2028b ', 'a\x85b']:
    for m in [-1, 0, 1, 2, 5]:
        print(repr(s), m, s.split(None, m), s.split(maxsplit=m))
print('AbC dEF 123'.lower(), 'AbC dEF 123'.upper(), ''.lower(), 'ÀbC'.lower(), 'straße'.upper())
print('-'.join(['a', 'b']), ''.join(()), ','.join(x for x in 'abc'), '|'.join(('x', 'é', '')))
class S(str):
    pass
print('+'.join([S('x'), 'y']), S('ab').upper(), S('a b').split())
try:
    ','.join(['a', 1])
except TypeError as e:
    print(e)
t = ''.join(chr(32 + i % 95) for i in range(500))
print(sum(ord(c) for c in t), [c for c in 'héllo'], 'abc'[1], 'é'[0], t[::7][:20], t[100] is t[100])
words = ("lorem ipsum dolor sit amet " * 50).split()
print(len(words), len(set(words)), ' '.join(words)[:40])
