# Checks basic f-string interpolation of expressions, calls, nesting and quotes.
name = "World"
n = 42
items = [1, 2, 3]
d = {"key": "value", "n": 7}
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}", f"{n * 2}", f"{n // 5} r {n % 5}")
print(f"{items} {items[0]} {items[-1]} {len(items)} {sum(items)}")
print(f"{d['key']} {d['n']}", f'{d["key"]}')
print(f"{'nested'} {f'{n:>4}'}")
print(f"{{braces}} {{{n}}} }}{{")
print(f"{name.upper()} {name[::-1]} {name.lower().count('l')}")
print(f"{None} {True} {3.0} {-0.0} {1e16} {[1.5, 'a']}")
print(f"{'a' if n > 40 else 'b'} {(lambda x: x * 3)(4)}")
x = 5
print(f"{x}{x}{x}", f"", f"plain", f"{x}" + f"{x}")
print(F"capital F {x}", rf"raw \n {x}", fr"also raw \t{x}")
multi = f"""line1 {x}
line2 {x * 2}"""
print(multi)
nl = "\n"
print(f"{nl.join(['a', 'b'])}")
