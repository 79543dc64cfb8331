# Checks float format specs: f, e, g, %, width, precision, sign, grouping, %-formatting.
vals = [0.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1e21, 0.000123456, 100.0]
for v in vals:
    print(format(v, ".2f"), format(v, "10.3f") + "|", format(v, "e"), format(v, ".3e"), format(v, "g"), format(v, ".10g"), format(v, ""))
print(format(0.5, "%"), format(0.12345, ".1%"), format(1234567.891, ",.2f"), format(1234567.891, "_.1f"))
print(format(2.5, "+.1f"), format(2.5, " .1f"), format(-2.5, "08.2f"), format(2.5, "^10.2f") + "|", format(2.5, "*<8"))
print(format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(float("inf"), "f"), format(float("-inf"), "10.2f"), format(float("nan"), "e"), format(float("nan"), "G"))
print(format(1e16, "g"), format(123456.0, "g"), format(1234567.0, "g"), format(0.0001, "g"), format(0.00001, "g"))
print(format(1.0, "#g"), format(1.0, ".0e"), format(12.0, "#.0f"), format(-0.0, ".1f"), format(-0.0, "g"))
print("%f %.2f %10.4f| %-8.1f| %e %g %G %.3g" % (1.5, 2.675, 3.14159, 2.5, 12345.678, 0.00001, 1e-10, 3.14159))
print("%5.1f%%" % 99.5, "%+.2e" % -0.000123, "%08.3f" % -3.14159)
print("{:.3} {:.3} {:.0%} {:,}".format(3.14159, 1234.5, 0.256, 1234567.25))
print(str(1.0), str(10.0), str(1e16), str(12345678901234567890.0), str(0.1 ** 10))
