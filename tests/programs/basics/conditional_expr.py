# Checks conditional expressions, nested ternaries and walrus operator.
for n in range(-2, 4):
    s = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, s, "even" if n % 2 == 0 else "odd")
data = [3, 8, 1, 9, 4]
if (m := max(data)) > 5:
    print("max is big:", m)
print(m)
vals = []
i = 0
while (i := i + 1) < 5:
    vals.append(i * i)
print(vals, i)
res = [y for x in data if (y := x * 2) > 6]
print(res, y)
print((z := 10) + z)
def g(v):
    return (w := v + 1) * w
print(g(3))
print("A" if [] else "B", "C" if [0] else "D")
