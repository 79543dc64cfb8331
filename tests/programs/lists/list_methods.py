# Checks list mutation methods: append/extend/insert/remove/pop/clear/index/count/reverse/copy.
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); a.insert(-1, "neg"); a.insert(100, "end"); a.insert(-100, "start"); print(a)
a.remove(1); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.count(1), a.count("zz"), a.index(1, 2) if 1 in a[2:] else "n/a")
a.reverse(); print(a)
b = a.copy(); b.append("only b"); print(len(a), len(b))
a.clear(); print(a, b)
for bad in ["remove", "pop_empty", "index", "pop_range"]:
    try:
        if bad == "remove":
            [1, 2].remove(3)
        elif bad == "pop_empty":
            [].pop()
        elif bad == "index":
            [1, 2].index(5)
        else:
            [1, 2].pop(5)
    except (ValueError, IndexError) as e:
        print(bad, type(e).__name__, e)
c = [1, 2]
c += (3, 4)
c += "x"
print(c)
c *= 2
print(c, [0] * 3, [[0]] * 2, [] * 5)
