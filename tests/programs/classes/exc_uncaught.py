# A user exception escapes the program: exit status 1, last stderr line
class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return "bad config key %r: %s" % (self.key, self.reason)
class Loader:
    def __init__(self, data):
        self.data = data
    def get(self, key):
        try:
            return self.data[key]
        except KeyError:
            raise ConfigError(key, "missing") from None
ld = Loader({"a": 1})
print(ld.get("a"))
try:
    ld.get("b")
except ConfigError as e:
    print("caught once:", e, e.args)
print("about to fail")
ld.get("port")
print("not reached")
