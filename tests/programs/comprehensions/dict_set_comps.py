# Checks dict and set comprehensions: key collisions, filters, inversion, nested, small-int sets.
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abcde", range(5)) if v % 2 == 0})
print({x % 3: x for x in range(10)})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({x % 4 for x in range(20)}, {x * x for x in range(-3, 4)}, {abs(x) for x in [-2, 2, -1]})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
lengths = {w: len(w) for w in words}
print(lengths, sorted({len(w) for w in words}))
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested, nested[2][2])
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({i: chr(65 + i) for i in range(5) if i != 2}, {}, set())
print(sorted({c for c in "hello world" if c.isalpha()}))
