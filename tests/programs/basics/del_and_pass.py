# Checks del on names, list items, slices and dict keys, plus pass in blocks.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
for i in range(3):
    pass
if True:
    pass
else:
    pass
def empty():
    pass
print(empty())
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)
