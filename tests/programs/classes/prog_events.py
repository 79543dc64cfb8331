# An event system with callbacks: bound methods, lambdas, callable objects
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.fired = 0
    def on(self, name, handler=None, priority=0):
        if handler is None:
            def deco(fn):
                self.on(name, fn, priority)
                return fn
            return deco
        self.handlers.setdefault(name, []).append((priority, len(self.handlers.get(name, [])), handler))
        self.handlers[name].sort(key=lambda t: (-t[0], t[1]))
        return handler
    def off(self, name, handler):
        before = len(self.handlers.get(name, []))
        self.handlers[name] = [t for t in self.handlers.get(name, []) if t[2] != handler]
        return before - len(self.handlers[name])
    def emit(self, name, *args, **kw):
        self.fired += 1
        results = []
        for _, _, h in list(self.handlers.get(name, [])):
            try:
                r = h(*args, **kw)
            except StopPropagation as e:
                results.append("stopped:%s" % e)
                break
            except Exception as e:
                results.append("error:%s:%s" % (type(e).__name__, e))
                continue
            results.append(r)
        return results
class StopPropagation(Exception):
    pass
bus = EventBus()
class Logger:
    def __init__(self):
        self.lines = []
    def log(self, *args, **kw):
        self.lines.append((args, tuple(sorted(kw.items()))))
        return "logged"
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, *a, **kw):
        self.n += 1
        return self.n
logger = Logger()
counter = Counter()
bus.on("save", logger.log)
bus.on("save", counter, priority=5)
bus.on("save", lambda doc, **kw: "lambda saw " + doc, priority=1)
@bus.on("save", priority=10)
def validate(doc, **kw):
    if not doc:
        raise StopPropagation("empty doc")
    if doc == "bad":
        raise ValueError("bad doc")
    return "valid"
print(bus.emit("save", "report", user="ann"))
print(bus.emit("save", ""))
print(bus.emit("save", "bad"))
print(bus.emit("load"))
print(counter.n, logger.lines)
print(bus.off("save", logger.log), bus.off("save", logger.log), bus.off("save", counter))
print(bus.emit("save", "again"), bus.fired)
print(logger.log == logger.log, validate.__name__)
# chain of events
class Machine:
    def __init__(self, bus):
        self.state = "idle"
        self.trail = []
        bus.on("start", self.start)
        bus.on("stop", self.stop)
        self.bus = bus
    def start(self):
        self.trail.append(self.state + ">running")
        self.state = "running"
        return self.bus.emit("tick", 3)
    def stop(self):
        self.trail.append(self.state + ">idle")
        self.state = "idle"
        return "stopped"
ticks = []
bus.on("tick", lambda n: ticks.append(n) or n * 2)
m = Machine(bus)
print(bus.emit("start"), bus.emit("stop"), m.trail, ticks)
