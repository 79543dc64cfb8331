# Richards: Martin Richards' OS task-scheduler simulation (pyperformance bm_richards, condensed).
I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE, A = 4, ord("A")
class Packet:
    def __init__(self, l, i, k):
        self.link, self.ident, self.kind = l, i, k
        self.datum = 0
        self.data = [0] * BUFSIZE
    def append_to(self, lst):
        self.link = None
        if lst is None: return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst
class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)
class TaskState:
    def __init__(self, pending, waiting, holding=False):
        self.packet_pending, self.task_waiting, self.task_holding = pending, waiting, holding
    def isTaskHoldingOrWaiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)
    def isWaitingWithPacket(self):
        return self.packet_pending and self.task_waiting and not self.task_holding
class WorkArea:
    def __init__(self):
        self.taskTab = [None] * 10
        self.taskList = None
        self.holdCount = self.qpktCount = 0
        self.trace = []
wa = WorkArea()
class Task(TaskState):
    def __init__(self, i, p, w, state, r):
        TaskState.__init__(self, *state)
        self.link, self.ident, self.priority, self.input, self.handle = wa.taskList, i, p, w, r
        wa.taskList = self
        wa.taskTab[i] = self
    def addPacket(self, p, old):
        if self.input is None:
            self.input = p
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            p.append_to(self.input)
        return old
    def runTask(self):
        msg = None
        if self.isWaitingWithPacket():
            msg = self.input
            self.input = msg.link
            self.packet_pending, self.task_waiting, self.task_holding = self.input is not None, False, False
        return self.fn(msg, self.handle)
    def waitTask(self):
        self.task_waiting = True
        return self
    def hold(self):
        wa.holdCount += 1
        self.task_holding = True
        return self.link
    def release(self, i):
        t = wa.taskTab[i]
        t.task_holding = False
        return t if t.priority > self.priority else self
    def qpkt(self, pkt):
        t = wa.taskTab[pkt.ident]
        wa.qpktCount += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.addPacket(pkt, self)
class DeviceTask(Task):
    def fn(self, pkt, d):
        if pkt is None:
            pkt = d.pending
            if pkt is None: return self.waitTask()
            d.pending = None
            return self.qpkt(pkt)
        d.pending = pkt
        if tracing: wa.trace.append(chr(pkt.datum))
        return self.hold()
class HandlerTask(Task):
    def fn(self, pkt, h):
        if pkt is not None:
            if pkt.kind == K_WORK:
                h.work_in = pkt.append_to(h.work_in)
            else:
                h.device_in = pkt.append_to(h.device_in)
        work = h.work_in
        if work is None: return self.waitTask()
        count = work.datum
        if count >= BUFSIZE:
            h.work_in = work.link
            return self.qpkt(work)
        dev = h.device_in
        if dev is None: return self.waitTask()
        h.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)
class IdleTask(Task):
    def fn(self, pkt, i):
        i.count -= 1
        if i.count == 0: return self.hold()
        elif i.control & 1 == 0:
            i.control //= 2
            return self.release(I_DEVA)
        i.control = i.control // 2 ^ 0xd008
        return self.release(I_DEVB)
class WorkTask(Task):
    def fn(self, pkt, w):
        if pkt is None: return self.waitTask()
        dest = I_HANDLERB if w.destination == I_HANDLERA else I_HANDLERA
        w.destination = pkt.ident = dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            w.count += 1
            if w.count > 26: w.count = 1
            pkt.data[i] = A + w.count - 1
        return self.qpkt(pkt)
def schedule():
    t = wa.taskList
    while t is not None:
        if t.isTaskHoldingOrWaiting():
            t = t.link
        else:
            if tracing: wa.trace.append(str(t.ident))
            t = t.runTask()
def run(idle_count):
    wa.taskList = None
    wa.holdCount = wa.qpktCount = 0
    IdleTask(I_IDLE, 1, 10000, (False, False), Rec(control=1, count=idle_count))
    WorkTask(I_WORK, 1000, Packet(Packet(None, 0, K_WORK), 0, K_WORK), (True, True), Rec(destination=I_HANDLERA, count=0))
    wkq = Packet(Packet(Packet(None, I_DEVA, K_DEV), I_DEVA, K_DEV), I_DEVA, K_DEV)
    HandlerTask(I_HANDLERA, 2000, wkq, (True, True), Rec(work_in=None, device_in=None))
    wkq = Packet(Packet(Packet(None, I_DEVB, K_DEV), I_DEVB, K_DEV), I_DEVB, K_DEV)
    HandlerTask(I_HANDLERB, 3000, wkq, (True, True), Rec(work_in=None, device_in=None))
    DeviceTask(I_DEVA, 4000, None, (False, True), Rec(pending=None))
    DeviceTask(I_DEVB, 5000, None, (False, True), Rec(pending=None))
    schedule()
    return wa.holdCount, wa.qpktCount

tracing = False
for it in range(3):
    h, q = run(10000)
    print("iteration", it, h, q, h == 9297 and q == 23246)
tracing = True
print(run(60), "".join(wa.trace))
