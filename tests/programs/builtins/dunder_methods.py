# Checks special methods of builtin types: calls, NotImplemented, hasattr duck typing, dir.
print((1).__add__(2), (1).__add__("a"), (2).__radd__(3), [1, 2].__len__(), "ab".__contains__("a"))
print(hasattr([], "__iter__"), hasattr(5, "__iter__"), hasattr(5, "__add__"), hasattr("s", "__len__"), hasattr(3.0, "__index__"))
print((1).__eq__("a"), (1).__eq__(1.0), (3).__lt__(4), (3).__lt__("x"), [].__hash__, (5).__hash__())
d = {}
d.__setitem__("k", 1); print(d.__getitem__("k"), d.__len__(), d.__contains__("k"))
it = iter([1, 2]); print(it.__next__(), next(it), it.__iter__() is it)
print(repr(list.__len__), (5).__repr__(), "x".__str__(), (7).__index__(), (2.5).__int__(), (-3).__abs__(), (3).__format__("05"))
print(sorted([n for n in dir(int) if n in ("__add__", "__len__", "__iter__", "bit_length")]))
