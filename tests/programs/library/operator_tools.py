# operator: itemgetter, attrgetter, methodcaller, arithmetic functions in reduce/map/sort.
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

rows = [("alice", 31, "nyc"), ("bob", 25, "sf"), ("carol", 31, "la"), ("dave", 19, "nyc"), ("eve", 25, "la")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0), reverse=True))
print(list(map(itemgetter(0), rows)), itemgetter(2, 0)(rows[0]), itemgetter(slice(1, None))(rows[1]))
print(itemgetter("k")({"k": 5}), repr(itemgetter(1)))

class Person:
    def __init__(self, name, age, city):
        self.name, self.age = name, age
        self.addr = type("Addr", (), {})()
        self.addr.city = city
    def greet(self, greeting, punct="!"):
        return "%s, %s%s" % (greeting, self.name, punct)

people = [Person(*r) for r in rows]
print([p.name for p in sorted(people, key=attrgetter("age", "name"))])
print(attrgetter("addr.city")(people[1]), attrgetter("name", "addr.city")(people[2]))
print([methodcaller("greet", "hi")(p) for p in people[:2]], methodcaller("greet", "yo", punct="?")(people[4]))
print(list(map(methodcaller("upper"), ["a", "bc"])), methodcaller("split", ",")("x,y,z"))

nums = list(range(1, 21))
print(reduce(operator.add, nums), reduce(operator.mul, nums), reduce(operator.xor, nums))
print(reduce(operator.or_, [1, 2, 4, 8]), reduce(operator.and_, [15, 7, 3]), reduce(operator.concat, ["ab", "cd", "ef"]))
print(list(map(operator.sub, [10, 20, 30], [1, 2, 3])), list(map(operator.truediv, [1, 3], [4, 8])))
print(list(map(operator.floordiv, [7, -7], [2, 2])), list(map(operator.mod, [7, -7], [3, 3])), operator.pow(3, 4))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.invert(5), operator.not_(0), operator.truth([]))
print(operator.lshift(1, 10), operator.rshift(1024, 3), callable(operator.matmul))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
class Hinted:
    def __length_hint__(self):
        return 42

print(operator.getitem([5, 6, 7], 1), operator.index(7), operator.length_hint([1, 2, 3]), operator.length_hint(Hinted(), 9), operator.length_hint(object(), 4))
lst = [0, 1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst)
x = [1]
x = operator.iadd(x, [2])
y = operator.imul([0], 3)
print(x, y, operator.iconcat("ab", "c"))

# operator functions as a dispatch table in a tiny RPN calculator
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv, "%": operator.mod, "^": operator.pow}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
    return stack[0]
print(rpn("3 4 + 2 *"), rpn("2 10 ^ 1000 %"), rpn("100 7 / 3 -"))

acc = 0
for i in range(1, 2000):
    expr = "%d %d * %d + %d %%" % (i, i + 1, i * 3, 997)
    acc = ops["+"](acc, rpn(expr))
print("rpn checksum", acc)

# dot product and sum of products with map/operator
a = [i % 13 for i in range(1000)]
b = [i % 7 for i in range(1000)]
print(sum(map(operator.mul, a, b)), max(map(operator.sub, a, b)))
groups = sorted(((i % 4, i) for i in range(20)), key=itemgetter(0))
print([tuple(map(itemgetter(1), filter(lambda t: t[0] == k, groups))) for k in range(4)])
