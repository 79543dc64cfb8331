"""strings: renders an inventory report with f-strings, %-formatting and str.format, then parses it back with split, strip, partition, replace, case changes and slicing; exercises string building, formatting and str methods."""
# bench-quick-size: 150
import sys
import time

DEFAULT_SIZE = 14000
ITERATIONS = 10

SYLLABLES = ["ka", "lo", "mi", "ren", "tus", "vo", "shi", "da", "pel", "or", "qu", "ex"]
CATEGORIES = ["hardware", "garden", "kitchen", "toys", "books", "office"]
MOD = (1 << 61) - 1


class Item:
    def __init__(self, sku, name, category, quantity, cents):
        self.sku = sku
        self.name = name
        self.category = category
        self.quantity = quantity
        self.cents = cents

    def price(self):
        return self.cents / 100


def make_items(count, seed):
    state = seed
    items = []
    for sku in range(count):
        parts = []
        for _ in range(2 + sku % 3):
            state = (state * 69069 + 1) & 0xFFFFFFFF
            parts.append(SYLLABLES[(state >> 16) % len(SYLLABLES)])
        name = "".join(parts).capitalize()
        state = (state * 69069 + 1) & 0xFFFFFFFF
        category = CATEGORIES[(state >> 12) % len(CATEGORIES)]
        quantity = (state >> 4) % 500
        cents = 99 + (state >> 9) % 25000
        items.append(Item(sku, name, category, quantity, cents))
    return items


def render(items, title):
    lines = ["=" * 60, title.upper().center(60), "=" * 60]
    header = "{:<8}|{:<14}|{:>10}|{:>6}|{:>12}".format("sku", "name", "category", "qty", "value")
    lines.append(header)
    lines.append("-" * len(header))
    for item in items:
        value = item.quantity * item.price()
        if item.quantity % 3 == 0:
            line = f"{'SKU-%05d' % item.sku:<8}|{item.name:<14}|{item.category:>10}|{item.quantity:>6}|{value:>12.2f}"
        elif item.quantity % 3 == 1:
            line = "SKU-%05d|%-14s|%10s|%6d|%12.2f" % (item.sku, item.name, item.category, item.quantity, value)
        else:
            line = "SKU-{0:05d}|{1:<14}|{2:>10}|{3:>6d}|{4:>12.2f}".format(
                item.sku, item.name, item.category, item.quantity, value)
        if item.quantity == 0:
            line += "  # out of stock"
        lines.append(line)
    lines.append("-" * 60)
    return "\n".join(lines) + "\n"


def parse(text):
    """Parse a rendered report back into per-category totals and a list of notes."""
    totals = {}
    notes = []
    names = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or line.startswith("=") or line.startswith("-") or line.startswith("sku"):
            continue
        if "|" not in line:
            notes.append(line.lower().title())
            continue
        body, _, comment = line.partition("#")
        fields = [f.strip() for f in body.split("|")]
        sku = int(fields[0][4:])
        name = fields[1].lower().replace("ka", "ca").replace("qu", "kw")
        category = fields[2]
        quantity = int(fields[3])
        whole, _, frac = fields[4].partition(".")
        cents = int(whole) * 100 + int(frac)
        if comment:
            notes.append("%s: %s" % (name, comment.strip().upper()))
        total = totals.get(category, 0)
        totals[category] = total + cents
        if sku % 97 == 0:
            names.append(name[::-1] + ":" + str(quantity).zfill(3))
    return totals, notes, names


def summarize(totals, notes, names):
    out = []
    for category in sorted(totals):
        cents = totals[category]
        out.append(f"{category.title()}={cents // 100}.{cents % 100:02d}")
    out.append("notes=%d" % len(notes))
    out.append(",".join(names))
    out.extend(notes[:5])
    return "; ".join(out)


def poly_hash(text, h):
    for ch in text:
        h = (h * 131 + ord(ch)) % MOD
    return h


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    total_len = 0
    h = 0
    last = ""
    for i in range(ITERATIONS):
        t0 = time.perf_counter()
        items = make_items(size, 1234 + i)
        report = render(items, "inventory report %d" % i)
        totals, notes, names = parse(report)
        summary = summarize(totals, notes, names)
        total_len += len(report) + len(summary)
        h = poly_hash(summary, h)
        h = (h * 1000003 + len(report.splitlines()) + report.count("SKU-")) % MOD
        h = poly_hash(report[::7], h)
        last = summary
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    print("total length %d hash %d" % (total_len, h))
    print(last[:120])


main()
