# Checks sys attributes: argv shape, maxsize, recursion limit, stdout.write return value, version_info.
import sys
print(len(sys.argv), sys.argv[0].endswith(".py"), type(sys.argv))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
r = sys.stdout.write("abc\n")
print(r)
print(type(sys.implementation.name), len(sys.implementation.name) > 0)
print(callable(sys.exit), callable(sys.stdout.write))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
sys.stdout.write("line one\n")
sys.stdout.write("")
sys.stdout.write("line two\n")
