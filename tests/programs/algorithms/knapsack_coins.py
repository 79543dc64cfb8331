# 0/1 knapsack, unbounded coin change (ways and min coins), and longest increasing subsequence.
def knapsack(items, cap):
    best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen = []
    c = cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            name, w, v = items[i - 1]
            chosen.append(name)
            c -= w
    return best[-1][cap], chosen[::-1]

def coin_ways(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]

def min_coins(coins, amount):
    INF = float("inf")
    dp = [0] + [INF] * amount
    last = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
                last[a] = c
    if dp[amount] == INF:
        return None
    used = []
    while amount:
        used.append(last[amount])
        amount -= last[amount]
    return sorted(used, reverse=True)

def lis(seq):
    tails = []
    for x in seq:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails), tails

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
for cap in (50, 100, 200, 400):
    value, chosen = knapsack(items, cap)
    print(f"cap={cap:3d} value={value:4d} items={chosen}")
for amount in (0, 1, 10, 37, 100):
    print(f"ways({amount}) = {coin_ways([1, 5, 10, 25], amount)}; min = {min_coins([1, 5, 10, 25], amount)}")
print("min with [4, 7] for 5:", min_coins([4, 7], 5))
print("min with [4, 7] for 29:", min_coins([4, 7], 29))
print("big ways:", coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 500))
for s in ([10, 9, 2, 5, 3, 7, 101, 18], [0, 1, 0, 3, 2, 3], [7, 7, 7], list(range(10, 0, -1)), [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]):
    print("lis", s, "->", lis(s))
