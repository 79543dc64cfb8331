# itertools: every common tool, plus hot loops over them.
from itertools import (count, cycle, repeat, chain, islice, product, permutations,
                       combinations, combinations_with_replacement, accumulate,
                       zip_longest, groupby, starmap, takewhile, dropwhile, compress,
                       tee, filterfalse, pairwise)
import operator

print(list(islice(count(), 5)), list(islice(count(10, -3), 5)), list(islice(count(0.5, 0.25), 4)))
print(list(islice(cycle("abc"), 8)), list(repeat("x", 3)), list(zip(range(3), repeat(7))))
print(list(chain("ab", [1, 2], (3,))), list(chain.from_iterable(["xy", "z", ""])))
print(list(islice(range(20), 2, 15, 4)), list(islice("abcdef", 3)), list(islice("abcdef", 4, None)))
print(list(product("ab", range(2))), len(list(product(range(3), repeat=4))))
print(list(permutations("abc")), list(permutations(range(4), 2))[:6])
print(list(combinations("abcd", 2)), list(combinations(range(5), 0)), list(combinations(range(2), 3)))
print(list(combinations_with_replacement("abc", 2)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([])))
print(list(zip_longest("abc", [1], fillvalue="?")), list(zip_longest()))
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print([(k, [w for w in g]) for k, g in groupby(["apple", "avocado", "bean", "beet", "corn"], key=lambda w: w[0])])
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, zip("ab", "cd"))))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(10))))
a, b = tee(iter(range(5)))
print(list(a), list(b))
x, y, z = tee("tee", 3)
print(next(x), list(y), list(x), list(z))
print(list(pairwise("abcde")))

# hot loops
total = 0
for i, c in zip(count(1), cycle([1, -1, 2])):
    total += i * c
    if i >= 3000:
        break
print("cycle total", total)

s = 0
for p in permutations(range(6)):
    s += p[0] * 100 + p[5] * 10 + p[2]
print("perm sum", s)

cnt = 0
for c in combinations(range(18), 4):
    if sum(c) % 5 == 0:
        cnt += 1
print("comb count", cnt)

dice = {}
for roll in product(range(1, 7), repeat=4):
    t = sum(roll)
    dice[t] = dice.get(t, 0) + 1
print("dice", sorted(dice.items())[:6], dice[14])

run = list(accumulate(range(1000), lambda acc, v: (acc * 7 + v) % 10007))
print("acc", run[-1], sum(run))

words = "one two three four five six seven eight nine ten eleven twelve".split()
by_len = {k: list(g) for k, g in groupby(sorted(words, key=len), key=len)}
print(by_len)

fizz = cycle(["", "", "Fizz"])
buzz = cycle(["", "", "", "", "Buzz"])
fb = [(f + b) or str(n) for n, f, b in zip(range(1, 31), fizz, buzz)]
print(" ".join(fb))

# tee in a loop: look-ahead differences
it1, it2 = tee(x * x for x in range(500))
next(it2)
diffs = [b - a for a, b in zip(it1, it2)]
print(diffs[:5], sum(diffs))

# chain.from_iterable lazily flattening an infinite generator of lists
flat = chain.from_iterable([i] * i for i in count(1))
print(list(islice(flat, 15)))

# combinations_with_replacement count and zip_longest hot loop
print(sum(1 for _ in combinations_with_replacement(range(10), 4)))
acc = 0
for a, b in zip_longest(range(1000), range(0, 1000, 3), fillvalue=-1):
    acc += a * b
print("zl", acc)
# repr of simple ones
print(repr(count(3)), repr(repeat(1, 2)))
