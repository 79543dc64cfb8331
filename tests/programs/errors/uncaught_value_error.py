# Checks uncaught ValueError from int() parsing.
lines = ["10", " 20 ", "-5", "thirty", "40"]
nums = []
for line in lines:
    print("parsing", repr(line))
    nums.append(int(line))
    print("parsed", nums[-1], "sum", sum(nums))
    if len(nums) > 10:
        break
print("unreachable", nums)
