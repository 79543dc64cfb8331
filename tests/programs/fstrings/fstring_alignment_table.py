# Checks f-strings building aligned tables with computed widths, separators and totals.
rows = [("Widget", 4, 3.5), ("Gadget extra", 10, 12.25), ("Thing", 1, 100.0), ("Doohickey", 250, 0.04)]
w = max([len(r[0]) for r in rows])
header = f"{'Item':<{w}} | {'Qty':>5} | {'Price':>8} | {'Total':>10}"
print(header)
print("-" * len(header))
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<{w}} | {qty:>5d} | {price:>8.2f} | {total:>10,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<{w}} | {sum([r[1] for r in rows]):>5} | {'':>8} | {grand:>10,.2f}")
print(f"{'centered':^{len(header)}}|")
for i, (name, *_rest) in enumerate(rows, 1):
    print(f"{i:02d}. {name!r:<16}{name[:3].upper():>5}")
