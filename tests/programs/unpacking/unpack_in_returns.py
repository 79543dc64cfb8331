# Checks unpacking return values, enumerate/zip unpacking, ignoring with underscores, and dict items.
def divmod_all(pairs):
    return [divmod(a, b) for a, b in pairs]
for q, r in divmod_all([(17, 5), (-17, 5), (100, 7)]):
    print(q, r)
def split_name(full):
    first, *middle, last = full.split()
    return first, " ".join(middle), last
print(split_name("Ada King Lovelace"), split_name("Alan Turing"), split_name("A B C D"))
inventory = {"apples": (3, 0.5), "pears": (0, 0.75), "kiwis": (12, 0.2)}
for name, (count, price) in sorted(inventory.items()):
    print(f"{name}: {count} x {price} = {count * price}")
_, second, *_ = [10, 20, 30, 40]
print(second, _)
(a, b), (c, d) = zip("ab", "cd")
print(a, b, c, d)
[[x1, y1], [x2, y2]] = [[1, 2], [3, 4]]
print(x1 + x2, y1 + y2)
