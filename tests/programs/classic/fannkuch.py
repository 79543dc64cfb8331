# Fannkuch-redux: permutation flipping (Computer Language Benchmarks Game /
# pyperformance bm_fannkuch), plus a signed sum of flip counts in this enumeration order.


def fannkuch(n):
    count = list(range(1, n + 1))
    max_flips = 0
    m = n - 1
    r = n
    check = 0
    perm1 = list(range(n))
    perm = list(range(n))
    perm1_ins = perm1.insert
    perm1_pop = perm1.pop
    checksum = 0
    perm_index = 0

    while True:
        if check < 30:
            check += 1

        while r != 1:
            count[r - 1] = r
            r -= 1

        if perm1[0] != 0 and perm1[m] != m:
            perm = perm1[:]
            flips_count = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips_count += 1
                k = perm[0]
            if flips_count > max_flips:
                max_flips = flips_count
            checksum += flips_count if perm_index % 2 == 0 else -flips_count

        while r != n:
            perm1_ins(r, perm1_pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return max_flips, checksum
        perm_index += 1


def flips_of(p):
    # the same flipping on a tuple, used to cross-check a few permutations
    p = list(p)
    n = 0
    while p[0] != 0:
        k = p[0]
        p[:k + 1] = reversed(p[:k + 1])
        n += 1
    return n


for n in range(3, 9):
    mf, cs = fannkuch(n)
    print("Pfannkuchen(%d) = %d  signed flip sum %d" % (n, mf, cs))

from itertools import permutations
best = max(permutations(range(6)), key=flips_of)
print(best, flips_of(best), sum(flips_of(p) for p in permutations(range(6))))
