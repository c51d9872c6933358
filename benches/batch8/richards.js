// Richards: Martin Richards' OS-scheduler simulation, a classic kernel
// of engine benchmark suites (after Octane's version). Idle, worker,
// handler and device tasks are class instances behind task control
// blocks in a linked list; packets (with a 4-element data array) move
// through queue, hold and release calls. The idle task's state XORs with
// 0xD008 (above 8191). One call runs COUNT = 300 idle steps. The classes
// declare their fields as well as setting them (see the README on why).
const ID_IDLE = 0, ID_WORKER = 1, ID_HANDLER_A = 2, ID_HANDLER_B = 3, ID_DEVICE_A = 4, ID_DEVICE_B = 5;
const KIND_DEVICE = 0, KIND_WORK = 1, DATA_SIZE = 4, COUNT = 300;
const RUNNING = 0, RUNNABLE = 1, SUSPENDED = 2, HELD = 4, SUSPENDED_RUNNABLE = 3, NOT_HELD = ~4;

class Packet {
  link = null; id = 0; kind = 0; a1 = 0; a2 = null;
  constructor(link, id, kind) { this.link = link; this.id = id; this.kind = kind; this.a1 = 0; this.a2 = [0, 0, 0, 0]; }
  addTo(queue) {
    this.link = null;
    if (queue === null) return this;
    let next = queue;
    while (next.link !== null) next = next.link;
    next.link = this;
    return queue;
  }
}
class Tcb {
  link = null; id = 0; priority = 0; queue = null; task = null; state = 0;
  constructor(link, id, priority, queue, task) {
    this.link = link; this.id = id; this.priority = priority; this.queue = queue; this.task = task;
    this.state = queue === null ? SUSPENDED : SUSPENDED_RUNNABLE;
  }
  isHeldOrSuspended() { return (this.state & HELD) !== 0 || this.state === SUSPENDED; }
  run() {
    let packet = null;
    if (this.state === SUSPENDED_RUNNABLE) {
      packet = this.queue; this.queue = packet.link;
      this.state = this.queue === null ? RUNNING : RUNNABLE;
    }
    return this.task.run(packet);
  }
  checkPriorityAdd(task, packet) {
    if (this.queue !== null) { this.queue = packet.addTo(this.queue); return task; }
    this.queue = packet;
    this.state = this.state | RUNNABLE;
    return this.priority > task.priority ? this : task;
  }
}
class Scheduler {
  queueCount = 0; holdCount = 0; blocks = null; list = null; current = null; currentId = -1;
  constructor() {
    this.queueCount = 0; this.holdCount = 0; this.blocks = [null, null, null, null, null, null];
    this.list = null; this.current = null; this.currentId = -1;
  }
  addTask(id, priority, queue, task) { this.current = this.list = this.blocks[id] = new Tcb(this.list, id, priority, queue, task); }
  schedule() {
    this.current = this.list;
    while (this.current !== null) {
      if (this.current.isHeldOrSuspended()) this.current = this.current.link;
      else { this.currentId = this.current.id; this.current = this.current.run(); }
    }
  }
  release(id) {
    const tcb = this.blocks[id];
    tcb.state = tcb.state & NOT_HELD;
    return tcb.priority > this.current.priority ? tcb : this.current;
  }
  holdCurrent() { this.holdCount++; this.current.state = this.current.state | HELD; return this.current.link; }
  suspendCurrent() { this.current.state = this.current.state | SUSPENDED; return this.current; }
  queue(packet) {
    const t = this.blocks[packet.id];
    this.queueCount++;
    packet.link = null; packet.id = this.currentId;
    return t.checkPriorityAdd(this.current, packet);
  }
}
class IdleTask {
  s = null; v1 = 0; count = 0;
  constructor(s, v1, count) { this.s = s; this.v1 = v1; this.count = count; }
  run(packet) {
    this.count--;
    if (this.count === 0) return this.s.holdCurrent();
    if ((this.v1 & 1) === 0) { this.v1 = this.v1 >> 1; return this.s.release(ID_DEVICE_A); }
    this.v1 = (this.v1 >> 1) ^ 0xD008;
    return this.s.release(ID_DEVICE_B);
  }
}
class DeviceTask {
  s = null; v1 = null; done = 0;
  constructor(s) { this.s = s; this.v1 = null; this.done = 0; }
  run(packet) {
    if (packet !== null) { this.v1 = packet; return this.s.holdCurrent(); }
    if (this.v1 === null) return this.s.suspendCurrent();
    const v = this.v1;
    this.v1 = null; this.done += v.a1;
    return this.s.queue(v);
  }
}
class WorkerTask {
  s = null; v1 = 0; v2 = 0;
  constructor(s, v1, v2) { this.s = s; this.v1 = v1; this.v2 = v2; }
  run(packet) {
    if (packet === null) return this.s.suspendCurrent();
    this.v1 = this.v1 === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
    packet.id = this.v1; packet.a1 = 0;
    for (let i = 0; i < DATA_SIZE; i++) {
      this.v2 = this.v2 === 26 ? 1 : this.v2 + 1;
      packet.a2[i] = this.v2;
    }
    return this.s.queue(packet);
  }
}
class HandlerTask {
  s = null; v1 = null; v2 = null;
  constructor(s) { this.s = s; this.v1 = null; this.v2 = null; }
  run(packet) {
    if (packet !== null) {
      if (packet.kind === KIND_WORK) this.v1 = packet.addTo(this.v1);
      else this.v2 = packet.addTo(this.v2);
    }
    if (this.v1 !== null) {
      const count = this.v1.a1;
      if (count >= DATA_SIZE) { const v = this.v1; this.v1 = v.link; return this.s.queue(v); }
      if (this.v2 !== null) {
        const v = this.v2;
        this.v2 = v.link; v.a1 = this.v1.a2[count]; this.v1.a1 = count + 1;
        return this.s.queue(v);
      }
    }
    return this.s.suspendCurrent();
  }
}
function packets(n, id, kind) { let q = null; for (let i = 0; i < n; i++) q = new Packet(q, id, kind); return q; }

let checked = false, expected = 0;
function run() {
  const s = new Scheduler();
  const idle = new IdleTask(s, 1, COUNT);
  s.addTask(ID_IDLE, 0, null, idle); s.current.state = RUNNING;
  s.addTask(ID_WORKER, 1000, packets(2, ID_WORKER, KIND_WORK), new WorkerTask(s, ID_HANDLER_A, 0));
  s.addTask(ID_HANDLER_A, 2000, packets(3, ID_DEVICE_A, KIND_DEVICE), new HandlerTask(s));
  s.addTask(ID_HANDLER_B, 3000, packets(3, ID_DEVICE_B, KIND_DEVICE), new HandlerTask(s));
  const devA = new DeviceTask(s), devB = new DeviceTask(s);
  s.addTask(ID_DEVICE_A, 4000, null, devA); s.addTask(ID_DEVICE_B, 5000, null, devB);
  s.schedule();
  const r = (s.queueCount * 10007 + s.holdCount * 31 + devA.done * 7 + devB.done + idle.v1) % 1000003;
  if (!checked) {
    checked = true; expected = r;
    print(`richards queue=${s.queueCount} hold=${s.holdCount} dev=${devA.done}/${devB.done} seed=${idle.v1} ${r}`);
  }
  assertEqual(r, expected);
  return r;
}
vmExport(0, run);
