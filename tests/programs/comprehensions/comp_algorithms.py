# Checks comprehensions in algorithms: pythagorean triples, primes, transposes, flatten, char counts.
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
primes = [n for n in range(2, 60) if all([n % d for d in range(2, int(n ** 0.5) + 1)])]
print(primes)
grid = [[(r * 7 + c * 3) % 10 for c in range(5)] for r in range(4)]
for row in grid:
    print(row)
print([list(col) for col in zip(*grid)])
print([max(row) for row in grid], [sum(col) for col in zip(*grid)])
flat = [v for row in grid for v in row]
print(len(flat), sorted(set(flat)), {v: flat.count(v) for v in sorted(set(flat))})
s = "the rain in spain stays mainly"
print({w: len(w) for w in s.split()}, [w[::-1] for w in s.split() if "ai" in w])
print(["".join([c for c in w if c not in "aeiou"]) for w in s.split()])
divisors = {n: [d for d in range(1, n + 1) if n % d == 0] for n in [6, 12, 28, 13]}
print(divisors, [n for n, ds in divisors.items() if sum(ds) - n == n])
