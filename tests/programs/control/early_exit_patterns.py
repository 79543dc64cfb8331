# Checks return from inside nested loops, loop-else search, and break out of while True.
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2, 3], 7), find_pair([3, 3], 6))
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                return (r, c, v)
    else:
        return "none found"
print(first_negative([[1, 2], [3, -4], [-5]]), first_negative([[0]]), first_negative([]))
n = 0
while True:
    n += 1
    if n * n > 200:
        break
print("first square over 200:", n, n * n)
def digits_sum_until_single(x):
    while x >= 10:
        total = 0
        while x:
            total += x % 10
            x //= 10
        x = total
    return x
print([digits_sum_until_single(v) for v in [0, 9, 38, 999999999999, 2 ** 100]])
