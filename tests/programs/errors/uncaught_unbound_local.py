# Checks uncaught UnboundLocalError message text.
count = 0
def read_only():
    return count + 1
def bump():
    count += 1
    return count
print("read only", read_only())
try:
    bump()
except UnboundLocalError as e:
    print("caught:", e)
print("calling bump uncaught")
bump()
