# Small gaps in the embedded standard library (each line fails under pyjit):
#  - operator.length_hint of built-in iterators (they have no __length_hint__)
#  - itertools tools are generator functions, not types (type names / isinstance differ)
#  - collections.UserString and string.Formatter are missing
import operator, itertools, collections, string

print(operator.length_hint(iter([1, 2, 3]), 9), operator.length_hint(iter(range(4))), hasattr(iter(()), "__length_hint__"))
print(type(itertools.islice("abc", 2)).__name__, type(itertools.cycle("ab")).__name__, type(itertools.accumulate([1])).__name__)
print(isinstance(itertools.product("ab"), itertools.product), isinstance(itertools.cycle, type))
us = collections.UserString("hello")
print(us.upper(), len(us), us[1:3], us + "!", isinstance(us, collections.UserString))
print(string.Formatter().format("{0}-{x}-{0}", 1, x=2), list(string.Formatter().parse("a{b}c")))
