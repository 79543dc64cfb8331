# Checks default arguments, evaluation time of defaults, keyword arguments and None defaults.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
x = 10
def show(v=x):
    return v
x = 20
print(show(), show(5))
def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=4))
def counter(n, acc=[]):
    acc.append(n)
    return len(acc)
print(counter(1), counter(2), counter(3, []), counter(4))
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, c=9), f(1, 5), f(c=0, a=-1))
for call in ["missing", "extra", "dup", "unknown"]:
    try:
        if call == "missing":
            f()
        elif call == "extra":
            f(1, 2, 3, 4)
        elif call == "dup":
            f(1, a=2)
        else:
            f(1, d=4)
    except TypeError as e:
        print(call, type(e).__name__, e)
