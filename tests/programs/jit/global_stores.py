# Global variables written in hot loops (numbers stored into the dict entry), read by callees,
# rebound to objects and deleted mid-loop.
counter = 0
total = 0.0
LIMIT = 10
def bump(k):
    global counter
    counter = counter + k

def loop(n):
    global total, counter
    for i in range(n):
        bump(i % 7)
        total += i * 0.5
        if counter > 1000000:
            counter = counter % 1000
    return counter, total

print(loop(20000))

def rebind(n):
    global counter
    out = []
    for i in range(n):
        counter += 1
        if i == n // 2:
            counter = "x"
            out.append(counter)
            counter = 5
    return counter, out

print(rebind(3000))

def flip(n):
    global counter
    s = 0
    for i in range(n):
        counter = i if i % 2 else float(i)
        s += counter
    return s

print(flip(3000))

def deleted(n):
    global extra
    extra = 1
    s = 0
    for i in range(n):
        s += extra
        if i == n - 10:
            del extra
            extra = 100
    return s

print(deleted(3000))
