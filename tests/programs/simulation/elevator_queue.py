# Discrete-event elevator simulation with request queues, a tick loop and statistics.
requests = [(0, 0, 5), (0, 3, 1), (2, 7, 2), (3, 2, 9), (5, 9, 0), (6, 4, 4), (8, 1, 8), (12, 8, 3), (12, 0, 7)]
pending = sorted(requests)
waiting = {}
riders = []
floor, direction, t = 0, 0, 0
log, waits, trips = [], [], []
while (pending or waiting or riders) and t < 200:
    while pending and pending[0][0] <= t:
        at, src, dst = pending.pop(0)
        if src == dst:
            log.append(f"t={t}: ignore no-op request at {src}")
            continue
        waiting.setdefault(src, []).append((at, dst))
    leaving = [r for r in riders if r[1] == floor]
    for r in leaving:
        riders.remove(r)
        trips.append(t - r[0])
    if leaving:
        log.append(f"t={t}: floor {floor} drop {len(leaving)}")
    if floor in waiting:
        boarding = waiting.pop(floor)
        for at, dst in boarding:
            riders.append((at, dst))
            waits.append(t - at)
        log.append(f"t={t}: floor {floor} board {[d for _, d in boarding]}")
    targets = [d for _, d in riders] + list(waiting)
    if not targets:
        direction = 0
    else:
        if direction == 0:
            nearest = min(targets, key=lambda f: (abs(f - floor), f))
            direction = (nearest > floor) - (nearest < floor)
        ahead = [f for f in targets if (f - floor) * direction > 0]
        if not ahead:
            direction = -direction
        floor += direction
    t += 1
for line in log:
    print(line)
print("finished at t =", t, "floor", floor)
print("waits:", waits, "avg %.2f" % (sum(waits) / len(waits)))
print("trip times:", trips, "max", max(trips), "min", min(trips))
hist = {}
for w in waits:
    bucket = w // 3 * 3
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print(f"{b:2}-{b + 2:<2} {'*' * hist[b]}")
