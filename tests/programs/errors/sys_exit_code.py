# Checks sys.exit(3) sets exit status 3 and runs finally blocks first.
import sys
errors = 0
for item in ["ok", "bad", "ok", "bad", "bad"]:
    if item == "bad":
        errors += 1
    print("checked", item, "errors so far", errors)
print("about to exit with", errors)
try:
    sys.exit(errors)
finally:
    print("finally before exit")
print("unreachable")
