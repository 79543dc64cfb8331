# Checks argument validation of builtin methods, bound and unbound (descriptor) calls.
tests = ["str.upper()", "int.bit_length()", "list.pop()", "set.union()", "dict.keys()", "str.upper(5)", "list.append('x', 1)", "dict.keys([])",
 "float.hex(1)", "tuple.count([1], 1)", "{}.setdefault()", "{1}.discard()", "{1}.remove()", "{1}.isdisjoint()", "frozenset().issubset()",
 "{1:2}.clear(1)", "{1:2}.copy(1)", "{1:2}.items(1)", "{1,2}.pop(1)", "{1:2}.popitem(1)", "{1:2}.pop(1,2,3)", "{1:2}.setdefault(1,2,3)",
 "str.join(',', ['a', 'b'])", "list.append([], 1)", "int.__add__(1, 2)"]
for t in tests:
    try: print(t, "->", repr(eval(t)))
    except Exception as e: print(t, "->", type(e).__name__, e)
