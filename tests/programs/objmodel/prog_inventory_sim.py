# A small warehouse/inventory simulation built from classes, with a checksum.

class Rng:
    """Deterministic linear congruential generator."""
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 16) % n

class Product:
    __slots__ = ("sku", "name", "price")
    def __init__(self, sku, name, price):
        self.sku, self.name, self.price = sku, name, price
    def __repr__(self):
        return "Product(%s)" % self.sku
    def __eq__(self, o):
        return isinstance(o, Product) and o.sku == self.sku
    def __hash__(self):
        return hash(self.sku)

class Event:
    def apply(self, wh):
        raise NotImplementedError(type(self).__name__)

class Restock(Event):
    def __init__(self, product, qty):
        self.product, self.qty = product, qty
    def apply(self, wh):
        wh.stock[self.product] = wh.stock.get(self.product, 0) + self.qty
        wh.spent += self.qty * self.product.price // 2
        return "restock"

class Sale(Event):
    def __init__(self, product, qty):
        self.product, self.qty = product, qty
    def apply(self, wh):
        have = wh.stock.get(self.product, 0)
        if have < self.qty:
            raise OutOfStock(self.product, self.qty, have)
        wh.stock[self.product] = have - self.qty
        wh.revenue += self.qty * self.product.price
        return "sale"

class Audit(Event):
    def apply(self, wh):
        wh.audits += 1
        return "audit"

class OutOfStock(Exception):
    def __init__(self, product, wanted, have):
        super().__init__(product.sku, wanted, have)
        self.product = product

class Warehouse:
    def __init__(self, name):
        self.name = name
        self.stock = {}
        self.revenue = 0
        self.spent = 0
        self.audits = 0
        self.missed = {}
        self.kinds = {}

    @property
    def profit(self):
        return self.revenue - self.spent

    @property
    def units(self):
        return sum(self.stock.values())

    def handle(self, event):
        try:
            kind = event.apply(self)
        except OutOfStock as e:
            self.missed[e.product.sku] = self.missed.get(e.product.sku, 0) + 1
            kind = "missed"
        self.kinds[kind] = self.kinds.get(kind, 0) + 1

    def __repr__(self):
        return "Warehouse(%s, units=%d, profit=%d)" % (self.name, self.units, self.profit)

catalog = [Product("P%02d" % i, "item%d" % i, 10 + 7 * i) for i in range(12)]
rng = Rng(2024)
houses = [Warehouse("north"), Warehouse("south"), Warehouse("east")]

def make_event(rng):
    r = rng.next(10)
    p = catalog[rng.next(len(catalog))]
    if r < 4:
        return Restock(p, 1 + rng.next(8))
    if r < 9:
        return Sale(p, 1 + rng.next(5))
    return Audit()

for step in range(3000):
    wh = houses[rng.next(3)]
    wh.handle(make_event(rng))

checksum = 0
for wh in houses:
    print(wh)
    print("  kinds", sorted(wh.kinds.items()))
    print("  missed", sorted(wh.missed.items())[:5], sum(wh.missed.values()))
    print("  top", sorted(((q, p.sku) for p, q in wh.stock.items()), reverse=True)[:3])
    checksum = (checksum * 31 + wh.profit * 7 + wh.units * 3 + wh.audits) % 1000000007
best = max(houses, key=lambda w: w.profit)
print("best", best.name, "checksum", checksum)
try:
    Event().apply(houses[0])
except NotImplementedError as e:
    print("NotImplementedError:", e)
