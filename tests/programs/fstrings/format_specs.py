# Checks f-string format specs: width, alignment, fill, precision, sign, types, grouping.
pi = 3.14159265358979
n = 1234567
s = "text"
print(f"[{pi:10.3f}] [{pi:<10.2f}] [{pi:^10.1f}] [{pi:>10.4e}] [{pi:.0f}] [{pi:g}]")
print(f"[{n:,}] [{n:_}] [{n:>12,}] [{n:012d}] [{-n:+,}] [{n:x}] [{n:#X}] [{n:o}] [{n:b}]")
print(f"[{s:>10}] [{s:<10}] [{s:^10}] [{s:*^11}] [{s:.2}] [{s:>6.3}]")
print(f"[{0.5:%}] [{0.256:.1%}] [{-0.0:.2f}] [{1e-10:.3g}] [{12345.6789:.2e}]")
w, p = 12, 4
print(f"[{pi:{w}.{p}f}] [{pi:>{w}}] [{s:{'#'}^{w}}]")
print(f"[{42:+}] [{-42:+}] [{42: }] [{42:=+8}] [{-42:=8}] [{42:#010b}]")
for v in [0, 7, -7, 255, 1000000]:
    print(f"{v:>8d}|{v:<8x}|{v:^+8}|{v:08.2f}")
table = [("alpha", 1.5), ("beta", 22.75), ("gamma", 333.125)]
for label, val in table:
    print(f"{label:<8}{val:>10.2f}{val * 2:>10.1f}")
print(f"{True:d} {True!s:>6} {None!s:^8}|")
print(f"{'left':<{w}}|{'right':>{w}}|")
print(f"{3:3}|{'3':3}|{3.0:6}|{3.5:<6}|")
