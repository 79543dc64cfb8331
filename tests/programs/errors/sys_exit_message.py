# Checks sys.exit("message"): exit status 1 and message printed to stderr.
import sys
settings = {"name": "demo", "debug": True}
required = ["name", "debug", "database"]
print("checking config")
for key in required:
    if key in settings:
        print("found", key, "=", settings[key])
    else:
        print("missing", key)
        sys.exit("fatal: configuration missing " + repr(key))
print("unreachable")
