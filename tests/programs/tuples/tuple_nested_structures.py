# Checks tuples inside lists/dicts/sets, nested tuple equality, and reprs of nested singletons.
tree = (1, (2, (4,), (5,)), (3, (), (6, (7,))))
def walk(node, depth=0):
    if not node:
        return
    print("  " * depth + str(node[0]))
    for child in node[1:]:
        walk(child, depth + 1)
walk(tree)
print(tree[1][1], tree[2][2][1], len(tree), tree[2][1] == ())
print(((1,),), (((),),), ((1, 2),) + ((3,),), [(1,)] * 2)
edges = {(1, 2), (2, 3), (1, 3)}
print(sorted(edges), (2, 1) in edges)
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]
print(paths(10, 10), len(memo))
print(tuple([1, [2, 3]]), str((1, "a", None)), repr(("x",)))
