# Checks str.format with positional/keyword/indexed fields, conversions and specs.
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {1[k]} {2}".format([10, 20], {"k": "v"}, "z"))
print("{!r} {!s} {!r}".format("hi", "hi", "héllo"))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "mid"))
print("{:08.3f} {:+d} {:,} {:x} {:#b} {:e}".format(3.14159, 7, 10 ** 9, 255, 5, 1e6))
print("{{literal}} {}".format("x"), "{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{:>{}}|".format("z", 5), "{0:{1}}|".format(12, 6))
args = [1, 2]
kw = {"a": "A"}
print("{} {} {a}".format(*args, **kw))
for fmt in ["{} {}", "{0} {}", "{name}"]:
    try:
        print(fmt.format("only"))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("{:s}".format("str"), "{:10}|".format("pad"), "{:10}|".format(42), "{:.3}".format("truncate"))
print(format("abc", ">5"), format(None, ""), format([1, 2]), format(3, ""))
