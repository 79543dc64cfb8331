# Checks sys.exit() with no argument from a nested function exits with status 0.
import sys
def shutdown(reason):
    print("shutting down:", reason)
    try:
        sys.exit()
    finally:
        print("cleanup in finally")
def main():
    for step in ["init", "load", "stop", "never"]:
        print("step", step)
        if step == "stop":
            shutdown("requested")
main()
print("unreachable")
