# Checks f-string edge cases: escaped braces, dict subscripts, nested specs, conversions with specs.
d = {"a": 1, "b": [1, 2]}
x = 3.14159
n = -7
print(f"{{}}", f"{{{{}}}}", f"{{x}}", f"{{{x}}}", f"{d['a']}{d['b'][1]}")
print(f"{x!r:>12}|{x!s:<12}|", f"{'abc'!r:^9}|")
print(f"{n:+}", f"{n:=+5}", f"{abs(n):#x}", f"{n % 3}", f"{n // 2}")
print(f"{x:.{2}f}", f"{x:{'>'}{10}.{3}}", f"{'s':{'*'}<{4}}")
print(f"{3 > 2}", f"{[1, 2] == [1, 2]}", f"{None is None}", f"{not True}")
print(f"{'a' 'b'}", f"{'x' * 3}", f"{'-'.join(['p', 'q'])}")
print(f"{1_000_000:,}", f"{0.1 + 0.2}", f"{1e100:.2e}", f"{123.0:g}", f"{-0.0}")
items = ["x", "y"]
print(f"{items!r}", f"{len(items)=}", f"{items[-1]=}")
print(f"{'':>3}|", f"{'':^0}|", f"{0:0}", f"{'tab':_<6}|")
