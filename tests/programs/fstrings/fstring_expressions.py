# Checks f-strings with complex embedded expressions: comprehensions, calls, dicts, walrus.
data = {"a": 1, "b": 2, "c": 3}
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(f"sorted={sorted(nums)} max={max(nums)} min={min(nums)}")
print(f"{[n * n for n in nums if n % 2]}")
print(f"{ {k: v * 10 for k, v in data.items()} }")
print(f"{', '.join([f'{k}={v}' for k, v in data.items()])}")
print(f"{(total := sum(nums))} then {total * 2}")
def greet(who, punct="!"):
    return "Hi " + who + punct
print(f"{greet('Bob')} {greet('Al', punct='?')}")
print(f"{nums[1:4]} {nums[::-2]} {nums[-1]}")
print(f"{'yes' if 3 in nums else 'no'} {'yes' if 7 in nums else 'no'}")
print(f"{1 + 2 * 3 ** 2} {(1 + 2) * 3} {7 // 2} {-7 // 2} {7 % -3}")
print(f"{data['a'] + data['b']:05d}")
rows = [[1, 2, 3], [4, 5, 6]]
for r in rows:
    print(f"{'|'.join([f'{c:3d}' for c in r])}|")
width = 7
for i in range(1, 4):
    print(f"{'*' * i:>{width}}{i:{width}d}")
print(f"{f'{1 + 1}'}", f"""{f'{"deep"!r}'}""")
