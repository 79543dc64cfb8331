# Dynamic programming: longest common subsequence and edit distance with reconstruction.
def lcs(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if a[i - 1] == b[j - 1]:
                dp[i][j] = dp[i - 1][j - 1] + 1
            else:
                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])
    out = []
    i, j = n, m
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[n][m], "".join(reversed(out))

def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    ops_table = [[None] * (len(t) + 1) for _ in range(len(s) + 1)]
    for i in range(1, len(s) + 1):
        cur = [i] + [0] * len(t)
        for j in range(1, len(t) + 1):
            cost = 0 if s[i - 1] == t[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[-1]

def edit_ops(s, t):
    n, m = len(s), len(t)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(d[i-1][j] + 1, d[i][j-1] + 1, d[i-1][j-1] + (s[i-1] != t[j-1]))
    ops = []
    i, j = n, m
    while i or j:
        if i and j and d[i][j] == d[i-1][j-1] + (s[i-1] != t[j-1]):
            if s[i-1] != t[j-1]:
                ops.append(f"sub {s[i-1]}->{t[j-1]}@{i-1}")
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i-1][j] + 1:
            ops.append(f"del {s[i-1]}@{i-1}")
            i -= 1
        else:
            ops.append(f"ins {t[j-1]}@{i}")
            j -= 1
    return ops[::-1]

pairs = [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("intention", "execution"),
         ("AGGTAB", "GXTXAYB"), ("same", "same"), ("flaw", "lawn")]
for a, b in pairs:
    length, seq = lcs(a, b)
    dist = edit_distance(a, b)
    print(f"{a!r:12} {b!r:12} lcs={length} {seq!r:10} edit={dist}")
    print("   ops:", edit_ops(a, b))
table = {}
words = ["apple", "apply", "ape", "maple", "applet"]
for w1 in words:
    row = []
    for w2 in words:
        row.append(edit_distance(w1, w2))
    table[w1] = row
print("      " + " ".join([f"{w:>6}" for w in words]))
for w, row in table.items():
    print(f"{w:>6}" + " ".join([f"{x:>6}" for x in row]))
