# Checks uncaught KeyError: traceback last line shows repr of key.
config = {"host": "localhost", "port": 8080}
for k in ["host", "port"]:
    print(k, config[k])
print(config.get("password", "<none>"))
config["user"] = "admin"
print(sorted(config))
def lookup(d, key):
    print("looking up", repr(key))
    return d[key]
print(lookup(config, "user"))
print(lookup(config, "pass'word"))
