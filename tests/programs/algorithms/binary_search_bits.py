# Binary search variants, bisect by hand, bit tricks, and two-pointer algorithms.
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

data = [1, 2, 2, 2, 5, 7, 7, 9, 12, 15]
for x in (0, 2, 3, 7, 15, 20):
    lb, ub = lower_bound(data, x), upper_bound(data, x)
    print(f"x={x:2} lower={lb} upper={ub} count={ub - lb} found={lb < len(data) and data[lb] == x}")

def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

for n in (0, 1, 15, 16, 17, 10**20, 2**127 - 1):
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) ** 2)

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

for n in (0, 1, 255, 1023, 2**64 - 1, 0b1011_0110, -1 & 0xFFFF):
    print(f"{n:>22} bin={bin(n)[2:][-16:]:>16} pop={popcount(n):2} bits={n.bit_length():2} lowbit={n & -n}")
print([1 << i for i in range(0, 70, 10)])
print(hex(0xDEADBEEF ^ 0xFFFFFFFF), oct(511), ~5, -17 >> 2, -17 // 4, 17 >> 1, 1 << 100)
a, b = 12345, 67890
a ^= b; b ^= a; a ^= b
print("swapped", a, b)
subset_sums = {}
items = [3, 5, 7]
for mask in range(1 << len(items)):
    chosen = [items[i] for i in range(len(items)) if mask >> i & 1]
    subset_sums[mask] = (chosen, sum(chosen))
print(subset_sums)

def two_sum_sorted(a, target):
    i, j = 0, len(a) - 1
    while i < j:
        s = a[i] + a[j]
        if s == target:
            return (a[i], a[j])
        if s < target:
            i += 1
        else:
            j -= 1
    return None

for t in (4, 14, 27, 100):
    print("two_sum", t, two_sum_sorted(data, t))
nums = [2, 3, 1, 2, 4, 3, 7, 1, 1]
best = None
left = total = 0
for right, v in enumerate(nums):
    total += v
    while total >= 7:
        if best is None or right - left + 1 < best[0]:
            best = (right - left + 1, nums[left:right + 1])
        total -= nums[left]
        left += 1
print("shortest subarray with sum >= 7:", best)
