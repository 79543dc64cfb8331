# Checks tuples used as records: sorting by fields, grouping into dicts, zip/unzip.
people = [("Ann", 31, "NYC"), ("Bob", 25, "LA"), ("Cid", 35, "NYC"), ("Dee", 25, "SF"), ("Eve", 28, "LA")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
for city in sorted(by_city):
    print(city, by_city[city])
names, ages, cities = zip(*people)
print(names, ages, cities)
print(sum(ages) / len(ages), max(zip(ages, names)), min(zip(ages, names)))
oldest = max(people, key=lambda p: p[1])
print(oldest, oldest[0])
pairs = list(zip(names, ages))
print(pairs[:2], dict(pairs)["Eve"])
print(tuple(sorted(set(cities))), tuple(reversed(names)))
