"""richards: Martin Richards' operating-system task-scheduler simulation (idle, worker, two handler and two device tasks exchanging packets through task control blocks); exercises method calls, attribute access on small objects, polymorphic dispatch and linked lists."""
# bench-quick-size: 2
import sys
import time

DEFAULT_SIZE = 20

# task identifiers
ID_IDLE = 1
ID_WORKER = 2
ID_HANDLER_A = 3
ID_HANDLER_B = 4
ID_DEVICE_A = 5
ID_DEVICE_B = 6
TASK_COUNT = 6

# packet kinds
KIND_DEVICE = 0
KIND_WORK = 1

BUFFER_SIZE = 4
IDLE_COUNT = 10000
EXPECTED_QPKT = 23246
EXPECTED_HOLD = 9297


class Packet:
    """A message passed between tasks; packets form singly linked queues."""

    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Append this packet to the end of `queue` and return the new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        nxt = last.link
        while nxt is not None:
            last = nxt
            nxt = last.link
        last.link = self
        return queue


# Per-task private records ------------------------------------------------

class TaskRecord:
    pass


class DeviceRecord(TaskRecord):
    def __init__(self):
        self.pending = None


class HandlerRecord(TaskRecord):
    def __init__(self):
        self.work_queue = None
        self.device_queue = None

    def enqueue_work(self, packet):
        self.work_queue = packet.append_to(self.work_queue)

    def enqueue_device(self, packet):
        self.device_queue = packet.append_to(self.device_queue)


class IdleRecord(TaskRecord):
    def __init__(self, count):
        self.control = 1
        self.count = count


class WorkerRecord(TaskRecord):
    def __init__(self):
        self.destination = ID_HANDLER_A
        self.count = 0


# Task state flags ----------------------------------------------------------

class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def set_packet_pending(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def set_waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def set_running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def set_waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    """Global scheduler state: the task table, the priority-ordered task list and counters."""

    def __init__(self):
        self.table = [None] * (TASK_COUNT + 1)
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.qpkt_count = 0
        self.trace_on = False
        self.trace_log = []

    def find(self, ident):
        task = self.table[ident]
        if task is None:
            raise ValueError("bad task id %d" % ident)
        return task

    def trace(self, ch):
        if self.trace_on:
            self.trace_log.append(ch)

    def run(self):
        task = self.task_list
        while task is not None:
            if task.is_holding_or_waiting():
                task = task.link
            else:
                self.current_id = task.ident
                if self.trace_on:
                    self.trace_log.append(str(task.ident))
                task = task.run_task()


class Task(TaskState):
    def __init__(self, sched, ident, priority, queue, state, record):
        TaskState.__init__(self)
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = state.packet_pending
        self.task_waiting = state.task_waiting
        self.task_holding = state.task_holding
        self.record = record
        sched.task_list = self
        sched.table[ident] = self

    def fn(self, packet, record):
        raise NotImplementedError

    def add_packet(self, packet, old_task):
        """Deliver `packet` to this task; return the task that should run next."""
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old_task.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return old_task

    def run_task(self):
        if self.is_waiting_with_packet():
            message = self.input
            self.input = message.link
            if self.input is None:
                self.set_running()
            else:
                self.set_packet_pending()
        else:
            message = None
        return self.fn(message, self.record)

    def wait_task(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        task = self.sched.find(ident)
        task.task_holding = False
        if task.priority > self.priority:
            return task
        return self

    def qpkt(self, packet):
        task = self.sched.find(packet.ident)
        self.sched.qpkt_count += 1
        packet.link = None
        packet.ident = self.ident
        return task.add_packet(packet, self)


class DeviceTask(Task):
    def fn(self, packet, record):
        if packet is None:
            packet = record.pending
            if packet is None:
                return self.wait_task()
            record.pending = None
            return self.qpkt(packet)
        record.pending = packet
        self.sched.trace(chr(packet.datum))
        return self.hold()


class HandlerTask(Task):
    def fn(self, packet, record):
        if packet is not None:
            if packet.kind == KIND_WORK:
                record.enqueue_work(packet)
            else:
                record.enqueue_device(packet)
        work = record.work_queue
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFFER_SIZE:
            record.work_queue = work.link
            return self.qpkt(work)
        device = record.device_queue
        if device is None:
            return self.wait_task()
        record.device_queue = device.link
        device.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(device)


class IdleTask(Task):
    def fn(self, packet, record):
        record.count -= 1
        if record.count == 0:
            return self.hold()
        if record.control & 1 == 0:
            record.control = record.control // 2
            return self.release(ID_DEVICE_A)
        record.control = (record.control // 2) ^ 0xD008
        return self.release(ID_DEVICE_B)


class WorkerTask(Task):
    def fn(self, packet, record):
        if packet is None:
            return self.wait_task()
        if record.destination == ID_HANDLER_A:
            dest = ID_HANDLER_B
        else:
            dest = ID_HANDLER_A
        record.destination = dest
        packet.ident = dest
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            record.count += 1
            if record.count > 26:
                record.count = 1
            packet.data[i] = ord("A") + record.count - 1
        return self.qpkt(packet)


def build(sched, idle_count):
    IdleTask(sched, ID_IDLE, 1, None, TaskState().set_running(), IdleRecord(idle_count))

    queue = Packet(None, 0, KIND_WORK)
    queue = Packet(queue, 0, KIND_WORK)
    WorkerTask(sched, ID_WORKER, 1000, queue, TaskState().set_waiting_with_packet(), WorkerRecord())

    queue = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    HandlerTask(sched, ID_HANDLER_A, 2000, queue, TaskState().set_waiting_with_packet(), HandlerRecord())

    queue = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    HandlerTask(sched, ID_HANDLER_B, 3000, queue, TaskState().set_waiting_with_packet(), HandlerRecord())

    DeviceTask(sched, ID_DEVICE_A, 4000, None, TaskState().set_waiting(), DeviceRecord())
    DeviceTask(sched, ID_DEVICE_B, 5000, None, TaskState().set_waiting(), DeviceRecord())


def simulate(idle_count, tracing=False):
    sched = Scheduler()
    sched.trace_on = tracing
    build(sched, idle_count)
    sched.run()
    return sched


def main():
    args = sys.argv[1:]
    warmup = "--warmup" in args
    args = [a for a in args if a != "--warmup"]
    size = int(args[0]) if args else DEFAULT_SIZE
    # one scheduler run per main-loop iteration
    iterations = size
    total_qpkt = 0
    total_hold = 0
    all_ok = True
    for i in range(iterations):
        t0 = time.perf_counter()
        sched = simulate(IDLE_COUNT)
        total_qpkt += sched.qpkt_count
        total_hold += sched.hold_count
        if sched.qpkt_count != EXPECTED_QPKT or sched.hold_count != EXPECTED_HOLD:
            all_ok = False
        if warmup:
            sys.stderr.write("warmup %d %.6f\n" % (i, time.perf_counter() - t0))
    small = simulate(60, tracing=True)
    print("runs %d qpkt_count %d hold_count %d" % (iterations, total_qpkt, total_hold))
    print("per run qpkt %d hold %d expected %s" % (sched.qpkt_count, sched.hold_count, all_ok))
    print("trace(60) %d %d %s" % (small.qpkt_count, small.hold_count, "".join(small.trace_log)))


main()
