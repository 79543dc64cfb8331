# copy: shallow vs deep copies of nested structures and user classes, __copy__/__deepcopy__.
import copy

orig = {"nums": [1, 2, [3, 4]], "t": (1, [2]), "s": {5, 6}, "n": None, "f": 1.5}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["nums"][2].append(99)
orig["t"][1].append(7)
orig["new"] = 1
print(sh)
print(dp)
print(sh["nums"] is orig["nums"], dp["nums"] is orig["nums"], dp["t"] is orig["t"])
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.copy([1]) == [1], copy.copy("s") == "s")
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(42), copy.deepcopy(None), copy.deepcopy(len) is len)

# shared references and cycles are preserved by deepcopy
shared = [1, 2]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is shared)
cyc = [1]
cyc.append(cyc)
dcyc = copy.deepcopy(cyc)
print(dcyc[1] is dcyc, dcyc is cyc, len(dcyc))
d = {"self": None}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = []
    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)

p = Point(1, 2)
p.tags.append("a")
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("b")
print(p2, p3, p2.tags is p.tags, type(p3).__name__)

class Tracked:
    copies = 0
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        Tracked.copies += 1
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        Tracked.copies += 100
        return Tracked(copy.deepcopy(self.data, memo))
    def __repr__(self):
        return "Tracked(%r)" % (self.data,)

tr = Tracked([1, [2]])
a = copy.copy(tr)
b = copy.deepcopy(tr)
tr.data[1].append(3)
print(a, b, Tracked.copies)
print(copy.deepcopy([tr, tr])[0] is not tr, Tracked.copies)

class WithState:
    def __init__(self):
        self.v = [1]
        self.cache = "expensive"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"
w = copy.deepcopy(WithState())
print(w.v, w.cache)

# deepcopy in a hot loop: a tree of nested lists/dicts
def make(depth, width):
    if depth == 0:
        return list(range(width))
    return {"d%d" % i: make(depth - 1, width) for i in range(width)}
tree = make(3, 4)
total = 0
for i in range(60):
    c = copy.deepcopy(tree)
    c["d0"]["d1"]["d2"].append(i)
    total += len(c["d0"]["d1"]["d2"]) + sum(c["d3"]["d3"]["d3"])
print("deep", total, tree["d0"]["d1"]["d2"])
grid = [[0] * 5 for _ in range(5)]
g2 = copy.copy(grid)
g3 = copy.deepcopy(grid)
grid[0][0] = 1
print(g2[0][0], g3[0][0], copy.copy(range(3)), copy.deepcopy(b"xy"))
