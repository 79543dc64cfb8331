# Checks uncaught exception whose message is "": the last line is the bare type name, no colon.
def parse(flag):
    print("parsing", repr(flag))
    if flag not in ("on", "off"):
        raise ValueError("")
    return flag == "on"
print(parse("on"), parse("off"))
try:
    parse("maybe")
except ValueError as e:
    print("caught:", repr(str(e)), e.args)
parse("")
