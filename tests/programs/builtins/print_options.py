# Checks print() keyword options, printing to sys.stderr (not compared), and str() of nested containers.
import sys
print("a", "b", sep="")
print("a", "b", sep="\n")
print("x", end="")
print("y", end="\n\n")
print(1, 2, 3, sep=" + ", end=" = 6\n")
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout)
print("flush", flush=True)
print([1, [2, [3, []]]], {"a": {"b": (1,)}}, ((),), [None, True])
print("", "", sep="|")
print(sep="x")
print("multi\nline\ttab")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("no newline at the end")
