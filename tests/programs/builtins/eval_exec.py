# Checks eval/exec with default and explicit namespaces, and a SyntaxError from eval.
x = 10
print(eval("x * 2"), eval("y + 1", {"y": 5}), eval("a + b", {}, {"a": 1, "b": 2}))
def f():
    z = 3
    return eval("z + x")
print(f())
ns = {}
exec("def g(n):\n    return n * 2\nr = g(21)", ns)
print(ns["r"], sorted([k for k in ns if k != "__builtins__"]))
exec("w = 5")
print(w)
try: eval("1 +")
except SyntaxError as e: print("SyntaxError", e)
