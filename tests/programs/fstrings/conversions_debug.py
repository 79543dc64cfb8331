# Checks f-string !r/!s conversions and the = debugging specifier.
s = "it's"
x = 10
y = 2.5
lst = ["a", 1]
print(f"{s!r} {s!s} {s} {'é'!r} {lst!r} {lst!s}")
print(f"{x=}")
print(f"{x = }")
print(f"{x + y=}")
print(f"{s=}")
print(f"{s=!s}")
print(f"{y=:.3f}")
print(f"{lst=} {lst[0]=}")
print(f"{x*2 =}")
print(f"{len(s)=} {s.upper()=}")
print(f"{None=} {True=}")
print(f"{x=:>6}|")
print(f"{'quoted'!r:>12}|")
v = "tab\there"
print(f"{v!r}", f"{v}")
