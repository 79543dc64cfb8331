# Checks aliasing and copying: shallow copies, nested mutation, default-argument lists.
orig = [[1, 2], [3, 4]]
shallow = orig[:]
also = list(orig)
cp = orig.copy()
shallow.append([5])
shallow[0].append(99)
print(orig, shallow, also, cp)
deep = [row[:] for row in orig]
deep[1][0] = -1
print(orig, deep)
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(safe_append(1), safe_append(2))
a = [1, 2, 3]
for item in a[:]:
    if item % 2:
        a.remove(item)
print(a)
b = [0, 1, 2, 3, 4, 5]
i = 0
while i < len(b):
    if b[i] % 2 == 0:
        del b[i]
    else:
        i += 1
print(b)
