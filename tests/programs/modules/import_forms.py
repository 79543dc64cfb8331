# Checks import forms: import x, import x as y, from x import y, from x import y as z, repeated imports.
import math
import math as m
from math import sqrt, pi as PI
from sys import maxsize
import sys, time
print(m is math, sqrt(81), PI == math.pi, maxsize == sys.maxsize)
def local_import():
    import math
    from math import floor
    return floor(math.e)
print(local_import())
import math
print(math.sqrt(4), type(math))
from math import *
print(ceil(1.2), floor(-1.2), e == math.e)
try:
    from math import no_such_name
except ImportError as err:
    print(type(err).__name__)
print(hasattr(math, "sqrt"), hasattr(math, "nope"), getattr(math, "tau") == 2 * math.pi)
