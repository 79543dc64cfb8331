def loop(n):
    total = 0
    for i in range(n):
        if i % 3 == 0 and i > 2:
            continue
        total += i
    else:
        total -= 1
    while total > 100:
        total //= 2
    return total
