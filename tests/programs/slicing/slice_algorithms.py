# Checks slicing-heavy algorithms: merge halves, sliding windows, matrix rows/cols, run-length.
nums = [5, 1, 4, 2, 8, 0, 3, 7]
mid = len(nums) // 2
print(nums[:mid], nums[mid:], sorted(nums[:mid]) + sorted(nums[mid:]))
k = 3
windows = [nums[i:i + k] for i in range(len(nums) - k + 1)]
print(windows, [sum(w) for w in windows], max([sum(w) for w in windows]))
grid = [list(range(r * 4, r * 4 + 4)) for r in range(4)]
print(grid[1], [row[2] for row in grid], [row[1:3] for row in grid[1:3]], grid[::-1][0], [row[::-1] for row in grid][0])
diag = [grid[i][i] for i in range(4)]
anti = [grid[i][-1 - i] for i in range(4)]
print(diag, anti)
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + str(j - i))
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
def is_sorted(xs):
    return all([a <= b for a, b in zip(xs, xs[1:])])
print(is_sorted([1, 2, 2, 5]), is_sorted(nums), is_sorted([]))
digits = "9876543210"
print(digits[-3:] + digits[:-3], digits[1::3], digits[::-4])
