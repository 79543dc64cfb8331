# Checks comprehensions combined with any/all/sum/min/max/sorted and conditional mapping.
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(any([n < 0 for n in nums]), all([n < 10 for n in nums]), any([]), all([]))
print(sum([n for n in nums if n > 0]), max([abs(n) for n in nums]), min([n * n for n in nums]))
print(sorted([n for n in nums if n % 2], key=abs), sorted([str(n) for n in nums]))
people = [{"name": "a", "age": 30}, {"name": "b", "age": 17}, {"name": "c", "age": 45}]
print([p["name"] for p in people if p["age"] >= 18], sum([p["age"] for p in people]) / len(people))
print({p["name"]: ("adult" if p["age"] >= 18 else "minor") for p in people})
print([len(w) for w in "a bb ccc dddd".split()], list(map(len, "a bb ccc".split())))
print([i * j for i, j in zip(range(5), range(5, 10))], [t for t in enumerate("ab")])
print([round(x / 3, 2) for x in range(5)], [f"{x:03d}" for x in range(0, 30, 7)])
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), [x for x in [0, 1, "", "a"] if x])
