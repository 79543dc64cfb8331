# Checks printf-style % formatting with tuples, dicts, and conversion types.
print("%s and %s" % ("a", "b"), "%s" % "single", "%s" % (1,), "%s" % [1, 2], "%r" % "quote")
print("%d%%" % 50, "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef", "%c%c" % (65, "z"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%x %X %o %#x %#o %e %E" % (255, 255, 8, 255, 8, 1234.5, 0.00012))
print("%5d|%-5d|%05d|%+5d|% d" % (42, 42, 42, 42, 42))
print("%s" % None, "%s" % True, "%d" % True, "%d" % 3.99, "%i" % -7, "%s" % 2.5, "%r" % 2.5)
print("%*d|%-*d|" % (6, 1, 6, 2), "%.*f" % (2, 3.14159))
print("%s" % ((1, 2),), "%s-%s" % (1, 2))
for args in [("a",), ("a", "b", "c")]:
    try:
        print("%s %s" % args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print("%d" % "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%(missing)s" % {"a": 1})
except KeyError as e:
    print(type(e).__name__, e)
try:
    print("%z" % 1)
except ValueError as e:
    print(type(e).__name__, e)
