print("hello from pyjit")
print(sum([i * i for i in range(10)]), 2 ** 100)
