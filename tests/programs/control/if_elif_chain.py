# Checks if/elif/else chains, fizzbuzz, grading, and nested conditions.
for i in range(1, 16):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    return "F"
print([grade(s) for s in [95, 90, 89.9, 75, 60, 59, 0]])
def classify(x):
    if isinstance(x, bool):
        return "bool"
    elif isinstance(x, int):
        if x < 0:
            return "negative int"
        elif x == 0:
            return "zero"
        else:
            return "positive int"
    elif isinstance(x, (float, bytes)):
        return "float or bytes"
    elif isinstance(x, str) and x:
        return "non-empty str"
    else:
        return "other"
print([classify(v) for v in [True, -3, 0, 7, 2.5, b"", "s", "", None, []]])
