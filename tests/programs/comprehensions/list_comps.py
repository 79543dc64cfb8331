# Checks list comprehensions with filters, nested loops, conditional expressions, and strings.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([x if x % 2 else -x for x in range(8)])
print([c.upper() for c in "hello" if c != "l"])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [n for row in matrix for n in row if n % 2])
print([[row[i] for row in matrix] for i in range(3)])
words = ["apple", "Banana", "cherry", "date"]
print([w[0] + str(len(w)) for w in words], [w for w in words if w[0].isupper()])
print([i for i in []], [None for _ in range(3)], [[]] == [[] for _ in range(1)])
print([(i, c) for i, c in enumerate("abc") if i != 1])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([y for x in [[1, [2]], [3, [4, 5]]] for y in x[1]])
print(sum([i for i in range(1, 101) if i % 3 == 0 or i % 5 == 0]))
