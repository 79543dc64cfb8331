# Checks hex/oct/bin, str of ints, and format specs for ints.
for v in [0, 1, -1, 255, -255, 2 ** 70, 1234567]:
    print(v, hex(v), oct(v), bin(v))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "08b"), format(255, "o"), format(255, "#o"))
print(format(1234567, ","), format(1234567, "_"), format(-1234567, ",d"), format(1234567, "_x"))
print(format(42, "5d"), format(42, "<5d") + "|", format(42, "^7d"), format(42, "+d"), format(-42, "+d"), format(42, " d"))
print(format(42, "05d"), format(-42, "05d"), format(42, "=+6d"), format(42, "*>6"), format(42, "x<6"))
print(format(42, "e"), format(42, ".2f"), format(42, "%"), format(7, "n"))
print(format(10 ** 25, ","), format(-(2 ** 64), "x"))
print(str(-0), repr(10 ** 30), str(7))
print("%d %5d %-5d| %05d %x %X %o %+d" % (42, 42, 42, 42, 255, 255, 8, 5))
print("{:b} {:#b} {:#010b}".format(10, 10, 10))
print(format(True, "d"), format(False, ">3"))
