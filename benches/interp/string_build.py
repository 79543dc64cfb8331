# String building: concatenation, join, f-strings, methods.
import sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
parts = []
s = ""
for i in range(n):
    parts.append(f"{i}:{i % 10}")
    if i % 1000 == 0:
        s += str(i)
text = ",".join(parts)
words = text.split(",")
print(len(text), len(words), len(s), words[12345].upper())
