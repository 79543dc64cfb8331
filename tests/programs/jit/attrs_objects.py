# Loops over objects: `for p in objects`, locals reassigned to other objects (`node = node.next`),
# `is` / `is not`, and objects whose only owner is the local being reassigned.


class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.x += self.v * dt
        if self.x > 10.0 or self.x < -10.0:
            self.v = -self.v


class Node:
    def __init__(self, val, nxt):
        self.val = val
        self.next = nxt


def particles():
    ps = [Particle(float(i % 7), 0.5 + i * 0.01) for i in range(50)]
    for _ in range(300):
        for p in ps:
            p.step(0.1)
    print("particles", round(sum(p.x for p in ps), 6))
    best = ps[0]
    for p in ps:
        if p.x > best.x:
            best = p
    print("best", best.x, best is ps[0], best is not None)


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def linked():
    head = build(500)
    total = 0
    for _ in range(40):
        node = head
        while node is not None:
            total += node.val
            node = node.next
    print("linked", total)
    # the list's only owner is the local that walks it: each step frees the node behind
    node = build(3000)
    count = 0
    while node.next is not None:
        count += node.val % 3
        node = node.next
    print("consumed", count, node.val)


def mixed_items():
    items = [Particle(1.0, 1.0), Particle(2.0, -1.0)] * 150 + [None, 3, Particle(0.0, 0.0)]
    s = 0.0
    n = 0
    for it in items:
        if it is None:
            n += 100
            continue
        if isinstance(it, int):
            n += it
            continue
        s += it.x * it.v
        n += 1
    print("mixed", s, n)


def swaps():
    a = Particle(1.0, 2.0)
    b = Particle(3.0, 4.0)
    t = 0.0
    for i in range(600):
        a, b = b, a
        t += a.x - b.v
        if i % 200 == 0:
            c = a
            a = Particle(float(i), 1.0)
            t += c.x
    print("swaps", t, a.x, b.x)


def identity():
    x = Node(1, None)
    y = Node(2, x)
    hits = 0
    for i in range(1000):
        z = y if i % 3 else x
        if z is x:
            hits += 1
        if z.next is None:
            hits += 10
        if z is not y:
            hits += 100
    print("identity", hits)


particles()
linked()
mixed_items()
swaps()
identity()
