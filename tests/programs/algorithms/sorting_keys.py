# Sorting records with keys, tuples, reverse, stability, and hand-written merge/quick sort.
people = [
    ("alice", 31, "eng", 120000.0),
    ("bob", 25, "ops", 85000.0),
    ("carol", 31, "eng", 135000.5),
    ("dave", 45, "mgmt", 150000.0),
    ("eve", 25, "eng", 99000.0),
    ("frank", 38, "ops", 85000.0),
    ("grace", 29, "mgmt", 110000.0),
]
print("by age:", [p[0] for p in sorted(people, key=lambda p: p[1])])
print("by age desc, name:", [p[0] for p in sorted(people, key=lambda p: (-p[1], p[0]))])
print("by dept then salary desc:")
for name, age, dept, sal in sorted(people, key=lambda p: (p[2], -p[3])):
    print(f"  {dept:<5} {name:<6} {age:>3} {sal:>12,.2f}")
by_salary = sorted(people, key=lambda p: p[3], reverse=True)
print("top 3 salaries:", [(p[0], p[3]) for p in by_salary[:3]])
stable = sorted(sorted(people, key=lambda p: p[0]), key=lambda p: p[3])
print("stable by salary:", [p[0] for p in stable])
print("max by len(name):", max(people, key=lambda p: len(p[0]))[0], min(people, key=lambda p: (p[1], p[0]))[0])
words = "The quick brown Fox jumps over the lazy dog Then THE end".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6, -5, 3, 5]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x % 3, x)))
lst = nums[:]
lst.sort(reverse=True)
print(lst)

def merge_sort(xs, key=lambda x: x):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid], key), merge_sort(xs[mid:], key)
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if key(b[j]) < key(a[i]):
            out.append(b[j]); j += 1
        else:
            out.append(a[i]); i += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out

def quick_sort(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])

print(merge_sort(nums))
print(merge_sort(people, key=lambda p: p[1]) == sorted(people, key=lambda p: p[1]))
print(quick_sort(nums) == sorted(nums), quick_sort(list("pyjitrocks")))
mixed = [(1, "b"), (1, "a"), (0, "z"), (2, ""), (0, "a")]
print(sorted(mixed), sorted(mixed, key=lambda t: t[1]))
d = {"x": 3, "y": 1, "z": 2, "w": 3}
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted([3.5, 1, True, -2, 2.25]))
