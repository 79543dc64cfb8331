# Checks assorted CPython details: recursive equality, NoneType(), int dunders with floats, math on big ints, duplicate arguments.
import math
l = [1]; l.append(l); m = [1]; m.append(m)
try: print(l == m)
except RecursionError as e: print("RecursionError", e)
print(type(None)(), (3).__mul__(2.0), (2.0).__mul__(3), '%c' % True == '\x01')
print(math.log2(2**63), math.log10(10**1000), math.log(2**64), math.modf(-1), math.degrees(1.7976931348623157e308), math.asinh(1.7976931348623157e308))
try: exec("def f(a, a): pass")
except SyntaxError as e: print("SyntaxError", e)
