# Parsing CSV-like text by hand, aggregating by group, and printing a summary with errors collected.
raw = """date,region,product,units,price
2024-01-03,north,apple,10,0.50
2024-01-03,south,banana,25,0.25
2024-01-04,north,banana,7,0.30
2024-01-04,east,cherry,,4.00
2024-01-05,south,apple,12,0.55
2024-01-05,west,apple,three,0.50
2024-01-06,north,cherry,2,4.25
2024-01-06,east,apple,30,0.45
2024-01-07,south,cherry,5,3.90
bad line without commas
2024-01-08,north,apple,8,0.60"""
lines = raw.strip().split("\n")
header = lines[0].split(",")
print("columns:", header)
records, errors = [], []
for lineno, line in enumerate(lines[1:], start=2):
    fields = line.split(",")
    try:
        if len(fields) != len(header):
            raise ValueError(f"expected {len(header)} fields, got {len(fields)}")
        rec = dict(zip(header, fields))
        rec["units"] = int(rec["units"])
        rec["price"] = float(rec["price"])
        y, m, d = map(int, rec["date"].split("-"))
        rec["day"] = d
        records.append(rec)
    except ValueError as exc:
        errors.append((lineno, str(exc)))
print(f"parsed {len(records)} records, {len(errors)} errors")
for lineno, msg in errors:
    print(f"  line {lineno}: {msg}")
by_region = {}
by_product = {}
for r in records:
    revenue = r["units"] * r["price"]
    agg = by_region.setdefault(r["region"], {"units": 0, "revenue": 0.0, "n": 0})
    agg["units"] += r["units"]
    agg["revenue"] += revenue
    agg["n"] += 1
    by_product[r["product"]] = by_product.get(r["product"], 0.0) + revenue
print(f"{'region':<8}{'n':>3}{'units':>7}{'revenue':>10}{'avg':>8}")
for region in sorted(by_region, key=lambda k: -by_region[k]["revenue"]):
    a = by_region[region]
    print(f"{region:<8}{a['n']:>3}{a['units']:>7}{a['revenue']:>10.2f}{a['revenue'] / a['n']:>8.3f}")
print("by product:", {k: round(v, 2) for k, v in sorted(by_product.items())})
best = max(records, key=lambda r: r["units"] * r["price"])
print("best sale:", best["date"], best["region"], best["product"], f"{best['units'] * best['price']:.2f}")
days = sorted({r["day"] for r in records})
print("days:", days, "span:", days[-1] - days[0])
out_lines = [",".join([r["date"], r["product"], str(r["units"])]) for r in records if r["region"] == "north"]
print("\n".join(out_lines))
print(repr(" a , b ,,c ".split(",")), [f.strip() for f in " a , b ,,c ".split(",")], "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("x y  z".split(" "), "x y  z".split(), "  lead".lstrip(), "trail  ".rstrip() + "|", "--x--".strip("-"))
print("line1\r\nline2\rline3\n".splitlines(), "line1\nline2\n".splitlines(True))
print("id,name".partition(","), "no-sep".partition(","), "a.b.c".rpartition("."))
