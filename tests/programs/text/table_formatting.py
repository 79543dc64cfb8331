# Formatting report tables with f-strings, str.format and % formatting (alignment, widths, numbers).
rows = [
    ("Widget", 4, 3.5, 0.0),
    ("Gadget, large", 12, 12.25, 0.15),
    ("Thingamajig", 1, 1999.99, 0.075),
    ("Doohickey", 250, 0.045, 0.5),
    ("Sprocket", 0, 17.0, 1.0),
]
header = ("Item", "Qty", "Unit", "Disc", "Total")
print("{:<14}|{:>5}|{:>10}|{:>6}|{:>12}".format(*header))
print("-" * 14 + "+" + "-" * 5 + "+" + "-" * 10 + "+" + "-" * 6 + "+" + "-" * 12)
grand = 0.0
for name, qty, unit, disc in rows:
    total = qty * unit * (1 - disc)
    grand += total
    print(f"{name:<14.14}|{qty:>5d}|{unit:>10.3f}|{disc:>6.0%}|{total:>12,.2f}")
print("=" * 51)
print("%-14s|%5s|%10s|%6s|%12.2f" % ("TOTAL", "", "", "", grand))
print()
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%e|%g|%%" % (42, 42, 42, 42, 42, 255, 255, 8, 12345.678, 0.00001234))
print("%s %r %s %a" % ("str", "repr", [1, "x"], "é"))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 33})
print("%.3s|%10.4f|%-10.2e|%c%c" % ("abcdef", 3.14159265, 123456.789, 65, "z"))
print("{0} {1} {0} {name}".format("a", "b", name="n"))
print("{:^20}|{:*^20}|{:->10}|{:#<8}".format("center", "stars", "right", "left"))
print("{:,} {:_} {:.2e} {:b} {:#x} {:#o} {:08.3f} {:+.1f}".format(1234567, 9876543, 0.000123, 10, 255, 8, 3.14159, 2.0))
data = {"x": [1, 2, 3], "y": {"k": "v"}}
print("{0[x][1]} {0[y][k]} {1[2]}".format(data, "abc"))
width, prec = 12, 3
for v in (3.14159, -2.5, 1e10, 1.5e-7, 0.0, float("inf")):
    print(f"[{v:{width}.{prec}f}] [{v:<{width}.{prec}g}] [{v!r:>14}] [{v:e}]")
print(f"{'nested ' + str(len(rows)):>20}|{3 * 7 = }|{rows[0][0]!r:^12}|{'%d%%' % 50}")
for n in (0, 7, 42, 1000, -15):
    print(f"{n:>6}{n:>8b}{n:>6o}{n:>6x}{n:>6X}{n:>+6}{n:^8}|")
print(str(12.0), str(1/3), repr(0.1 + 0.2), format(2**0.5, ".10f"), format(1234.5, "10,.1f"), round(2.675, 2))
print("|".join([s.center(9, ".") for s in ["a", "bb", "ccc"]]), "x".ljust(4, "-"), "y".rjust(4, "+"), "42".zfill(6), "-42".zfill(6))
