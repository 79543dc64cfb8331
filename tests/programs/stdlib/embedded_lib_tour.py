# The embedded library modules (vm/lib): a little of each.
import itertools, collections, functools, operator, heapq, bisect, copy, string, random

print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.chain([1], (2, 3))))
print(list(itertools.permutations("abc", 2))[:4], len(list(itertools.combinations(range(6), 3))))
print(list(itertools.accumulate([1, 2, 3, 4])), [(k, len(list(g))) for k, g in itertools.groupby("aabccc")])
print(list(itertools.product([0, 1], repeat=2)), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
d = collections.deque([1, 2, 3], maxlen=4)
d.appendleft(0); d.append(4); d.rotate(1)
print(d, d.popleft(), len(d))
dd = collections.defaultdict(list)
for w in "apple avocado banana cherry".split():
    dd[w[0]].append(w)
print(sorted(dd.items()), dd["z"])
Point = collections.namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x + p.y, p._replace(y=5), p._asdict())
c = collections.Counter("mississippi")
print(c.most_common(2), c["s"], c["z"])
print(functools.reduce(operator.mul, range(1, 6)), functools.partial(pow, 2)(10))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits > 0)
h = []
for x in [5, 1, 4, 2, 3]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(5)], heapq.nlargest(2, [4, 9, 1, 7]))
a = [1, 3, 5, 7]
bisect.insort(a, 4)
print(a, bisect.bisect_left(a, 5), bisect.bisect_right(a, 5))
orig = {"k": [1, [2, 3]]}
dc = copy.deepcopy(orig)
dc["k"][1].append(4)
print(orig, dc, copy.copy([1, 2]) == [1, 2])
print(string.ascii_lowercase[:5], string.digits, string.capwords("hello world"))
random.seed(12345)
print([random.randint(1, 100) for _ in range(5)], round(random.random(), 12))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.choice("abcdef"), random.sample(range(100), 3), round(random.uniform(1, 2), 12))
print(round(random.gauss(0, 1), 12), random.randrange(0, 100, 7), random.getrandbits(40))
print(sorted([(3, "c"), (1, "a"), (2, "b")], key=operator.itemgetter(0)), operator.attrgetter("x")(p))
