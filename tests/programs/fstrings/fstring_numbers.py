# Checks f-string rendering of ints/floats without specs and with common money/percent specs.
vals = [0, -0.0, 0.1 + 0.2, 1e16, 1e-5, 2 ** 64, 1 / 3, 100.0, 123456789.123]
for v in vals:
    print(f"{v} | {v!r} | {v:.2f} | {v:>15.6g} | {v:e}")
price = 1234.5
qty = 3
print(f"Total: ${price * qty:,.2f}")
print(f"Ratio: {qty / 7:.3%}")
print(f"{2 ** 100:,}")
print(f"{-1234.5:_.1f} {1234.5:+012.2f}")
print(f"{float('inf'):>8} {float('nan'):<8}| {float('-inf'):.2f}")
for i in range(0, 11, 5):
    print(f"{i:3d}% {'#' * (i // 2):<5}|")
print(f"{7:b} {7:o} {255:x} {255:X} {255:#x} {65:c}")
print(f"{10 / 3:.{3}f} {10 / 3:.{1}f}")
