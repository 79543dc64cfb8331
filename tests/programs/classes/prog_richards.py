# A small richards-like task scheduler built from classes
IDLE, WORKER, HANDLER_A, HANDLER_B, DEV_A, DEV_B = range(6)
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4
    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst
class Task:
    def __init__(self, sched, ident, prio, wkq):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.wkq = wkq
        self.held = False
        self.waiting = wkq is None
        self.runs = 0
    def runnable(self):
        return not self.held and (not self.waiting or self.wkq is not None)
    def take_packet(self):
        p = self.wkq
        if p is not None:
            self.wkq = p.link
            p.link = None
        self.waiting = False
        return p
    def run(self, pkt):
        raise NotImplementedError
class IdleTask(Task):
    def __init__(self, sched, ident, prio, count):
        Task.__init__(self, sched, ident, prio, None)
        self.waiting = False
        self.count = count
        self.v = 1
    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            self.held = True
            return
        if self.v & 1:
            self.v = (self.v >> 1) ^ 0xD008
            self.sched.release(DEV_B)
        else:
            self.v >>= 1
            self.sched.release(DEV_A)
class WorkerTask(Task):
    def __init__(self, *a):
        super().__init__(*a)
        self.dest = HANDLER_A
        self.count = 0
    def run(self, pkt):
        if pkt is None:
            self.waiting = True
            return
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(4):
            self.count = self.count + 1 if self.count < 26 else 1
            pkt.data[i] = 64 + self.count
        self.sched.queue(pkt)
class HandlerTask(Task):
    def __init__(self, *a):
        super().__init__(*a)
        self.done = 0
    def run(self, pkt):
        if pkt is None:
            self.waiting = True
            return
        self.done += sum(pkt.data) + pkt.ident
        pkt.ident = DEV_A if self.ident == HANDLER_A else DEV_B
        self.sched.queue(pkt)
class DeviceTask(Task):
    def run(self, pkt):
        if pkt is None:
            self.waiting = True
            return
        self.sched.holds += 1
        pkt.ident = WORKER
        self.sched.queue(pkt)
        self.held = True
class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.holds = 0
        self.queued = 0
    def add(self, task):
        self.tasks[task.ident] = task
    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
    def queue(self, pkt):
        self.queued += 1
        t = self.tasks[pkt.ident]
        t.wkq = pkt.append_to(t.wkq)
    def schedule(self):
        order = sorted(self.tasks.values(), key=lambda t: -t.prio)
        steps = 0
        while steps < 100000:
            ran = False
            for t in order:
                if t.runnable():
                    t.runs += 1
                    t.run(t.take_packet())
                    ran = True
                    steps += 1
                    break
            if not ran:
                return steps
        return -1
s = Scheduler()
s.add(IdleTask(s, IDLE, 0, 500))
s.add(WorkerTask(s, WORKER, 1000, Packet(Packet(None, WORKER, 1), WORKER, 1)))
s.add(HandlerTask(s, HANDLER_A, 2000, None))
s.add(HandlerTask(s, HANDLER_B, 3000, None))
s.add(DeviceTask(s, DEV_A, 4000, None))
s.add(DeviceTask(s, DEV_B, 5000, None))
steps = s.schedule()
print("steps", steps, "holds", s.holds, "queued", s.queued)
for ident in sorted(s.tasks):
    t = s.tasks[ident]
    print(type(t).__name__, ident, t.runs, getattr(t, "done", "-"), getattr(t, "count", "-"))
