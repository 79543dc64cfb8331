# Checks SystemExit raised by sys.exit can be caught and inspected, then program continues.
import sys
for arg in [None, 0, 3, "message", (1, 2)]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args, isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise SystemExit(7)
except SystemExit as e:
    print("SystemExit code", e.code)
def cleanup():
    try:
        sys.exit(5)
    finally:
        print("finally ran before exit propagated")
try:
    cleanup()
except SystemExit as e:
    print("caught", e.code)
print("program continues")
