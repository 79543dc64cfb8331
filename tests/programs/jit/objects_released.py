# Objects a trace leaves in a local must be released when a number is stored over that local
# (by a side exit or by a bridge): a `for` over a list that alternates ints and big objects
# assigns the loop variable both ways. Without the release every phase's objects would stay
# alive; the peak resident size (VmHWM, Linux) shows it.


class Big:
    def __init__(self):
        self.data = [0.5] * 20000


def phase(n):
    items = [i if i % 2 else Big() for i in range(n)]
    t = 0
    for x in items:
        t += 1
    return t


def peak_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


s = 0
for r in range(8):
    s += phase(400)
print(s)
# one phase holds 200 objects of 20000 floats (about 64 MB here, 32 MB in CPython); eight
# phases' worth kept alive would pass 400 MB
print("peak under 250 MB:", peak_kb() < 250 * 1024)
