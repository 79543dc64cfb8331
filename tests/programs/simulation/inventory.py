# Warehouse inventory with nested dicts: receiving, orders, backorders, restocking and reports.
inventory = {
    "bolt": {"qty": 120, "price": 0.10, "reorder": 50, "bin": "A1"},
    "nut": {"qty": 200, "price": 0.05, "reorder": 100, "bin": "A2"},
    "washer": {"qty": 30, "price": 0.02, "reorder": 40, "bin": "A3"},
    "bracket": {"qty": 8, "price": 2.50, "reorder": 10, "bin": "B1"},
    "hinge": {"qty": 0, "price": 4.75, "reorder": 5, "bin": "B2"},
}
backorders = {}

def process_order(order_id, lines):
    shipped, missing = {}, {}
    for item, want in lines.items():
        if item not in inventory:
            missing[item] = want
            continue
        have = inventory[item]["qty"]
        take = min(have, want)
        if take:
            inventory[item]["qty"] -= take
            shipped[item] = take
        if want > take:
            backorders.setdefault(item, []).append((order_id, want - take))
    value = sum([inventory[i]["price"] * q for i, q in shipped.items()])
    return shipped, missing, round(value, 2)

def receive(item, qty):
    inventory[item]["qty"] += qty
    filled = []
    queue = backorders.get(item, [])
    while queue and inventory[item]["qty"] >= queue[0][1]:
        oid, q = queue.pop(0)
        inventory[item]["qty"] -= q
        filled.append((oid, q))
    if not queue:
        backorders.pop(item, None)
    return filled

orders = {
    1001: {"bolt": 40, "nut": 80, "washer": 10},
    1002: {"bracket": 5, "hinge": 2, "gizmo": 1},
    1003: {"bolt": 100, "washer": 25, "bracket": 5},
    1004: {"nut": 150, "hinge": 1},
}
for oid, lines in orders.items():
    shipped, missing, value = process_order(oid, lines)
    print(f"order {oid}: shipped={shipped} missing={missing} value=${value:.2f}")
print("backorders:", backorders)
low = sorted([name for name, d in inventory.items() if d["qty"] < d["reorder"]])
print("below reorder point:", low)
for name in low:
    amount = inventory[name]["reorder"] * 2
    print(f"receive {amount} {name} -> filled {receive(name, amount)}")
print("backorders after restock:", backorders)
print(f"{'item':<8}{'bin':>4}{'qty':>6}{'price':>7}{'value':>9}")
total = 0
for name, d in sorted(inventory.items(), key=lambda kv: kv[1]["bin"]):
    v = d["qty"] * d["price"]
    total += v
    print(f"{name:<8}{d['bin']:>4}{d['qty']:>6}{d['price']:>7.2f}{v:>9.2f}")
print(f"{'total':<25}{total:>9.2f}")
merged = {**{k: v["qty"] for k, v in inventory.items()}, "gizmo": 0}
print(merged, len(merged), "gizmo" in merged, list(merged)[-1])
snapshot = {k: dict(v) for k, v in inventory.items()}
snapshot["bolt"]["qty"] = -1
print(inventory["bolt"]["qty"] != -1, snapshot["bolt"])
del inventory["hinge"]
print(sorted(inventory), inventory.pop("nut")["bin"], inventory.get("nut", "gone"))
try:
    receive("hinge", 1)
except KeyError as e:
    print("KeyError", e)
