# Checks sorted()/list.sort with key, reverse, stability, and comparison errors.
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
words = ["pear", "Fig", "apple", "kiwi", "banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
recs = [("bob", 25), ("amy", 30), ("cat", 25), ("dan", 30), ("eve", 20)]
by_age = sorted(recs, key=lambda r: r[1])
print(by_age)
print(sorted(recs, key=lambda r: r[1], reverse=True))
lst = [3, 1, 2]
result = lst.sort()
print(result, lst)
lst.sort(key=lambda v: -v); print(lst)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted([]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [None, 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([[2, 1], [1, 2], [1], []]), sorted([2.5, 1, True, -0.5]))
def insertion_sort(xs):
    xs = xs[:]
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs
print(insertion_sort([9, 4, 7, 1, 8, 2, 2, 0]))
