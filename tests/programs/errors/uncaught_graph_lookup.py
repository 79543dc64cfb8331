# Route planner over a dict graph that ends with an uncaught LookupError for an unknown city.
roads = {
    "paris": {"lyon": 465, "lille": 225, "nantes": 385},
    "lyon": {"paris": 465, "marseille": 315, "geneva": 150},
    "lille": {"paris": 225, "brussels": 110},
    "nantes": {"paris": 385, "bordeaux": 345},
    "marseille": {"lyon": 315, "nice": 200},
    "bordeaux": {"nantes": 345, "toulouse": 245},
    "toulouse": {"bordeaux": 245},
    "geneva": {"lyon": 150},
    "brussels": {"lille": 110},
    "nice": {"marseille": 200},
}

def shortest(src, dst):
    best = {src: (0, [src])}
    frontier = [(0, src)]
    while frontier:
        frontier.sort(reverse=True)
        dist, city = frontier.pop()
        if city == dst:
            return best[city]
        if dist > best[city][0]:
            continue
        for nxt, km in roads[city].items():
            nd = dist + km
            if nxt not in best or nd < best[nxt][0]:
                best[nxt] = (nd, best[city][1] + [nxt])
                frontier.append((nd, nxt))
    raise LookupError(f"no route {src}->{dst}")

for a, b in [("paris", "nice"), ("brussels", "toulouse"), ("geneva", "lille"), ("nice", "nice")]:
    km, path = shortest(a, b)
    print(f"{a:>9} -> {b:<9} {km:5} km via {' > '.join(path)}")
total = 0
trip = ["lille", "paris", "lyon", "marseille"]
for x, y in zip(trip, trip[1:]):
    total += roads[x][y]
    print(f"leg {x}-{y}: {roads[x][y]} (running {total})")
degree = sorted([(len(v), k) for k, v in roads.items()], reverse=True)
print("hubs:", degree[:3])
print(shortest("paris", "madrid"))
