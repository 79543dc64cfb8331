# Checks global statement, module-level rebinding and shadowing.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def make_new_global():
    global created_later
    created_later = "made"
make_new_global()
print(created_later)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def reads_global():
    return x + "!"
print(reads_global())
def set_many():
    global a1, a2
    a1, a2 = 1, 2
set_many()
print(a1 + a2)
def nested():
    def inner():
        global x
        x = "changed by inner"
    inner()
nested()
print(x)
lst = []
def mutate():
    lst.append(len(lst))
mutate(); mutate()
print(lst)
