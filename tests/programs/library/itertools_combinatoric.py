# itertools' combinatoric iterators (native): every small n and r, types, exhaustion, errors.
from itertools import permutations, combinations, combinations_with_replacement, product
for n in range(0, 5):
    for r in range(0, 6):
        print(n, r, list(permutations(range(n), r)) == list(permutations(list(range(n)), r)),
              len(list(permutations(range(n), r))), list(combinations("abcd"[:n], r))[:4],
              len(list(combinations_with_replacement(range(n), r))), list(combinations_with_replacement("xy"[:n], r))[:3])
print(list(permutations("abc")))
print(list(product("ab", range(3))), list(product()), list(product([], [1])), list(product("ab", repeat=2)))
p = permutations([1, 2])
print(type(p).__name__, type(p).__module__, next(p), list(p), list(p))
print(sum(1 for _ in permutations(range(8))))
print(list(product([1, 2], [])), list(product(range(2), range(2), range(2)))[-1])
try:
    permutations([1], -1)
except ValueError as e:
    print(e)
try:
    combinations([1], -1)
except ValueError as e:
    print(e)
it = iter(combinations(range(5), 3))
print(next(it), next(it), list(it)[-1])
