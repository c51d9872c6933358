// A small preemptive RTOS kernel simulated tick by tick: fixed-priority tasks,
// a ready list per priority (round robin inside a level), mutexes with
// priority inheritance (chained), counting semaphores fed by an "ISR", and an
// event group waking tasks that wait for any or all bits. Each task runs a
// script of steps (lock, compute, give, wait, delay, unlock). Classes with
// methods throughout; the kernel is created inside run().
const NODE_SUM = 273998;
const LEVELS = 8;
// [op, arg] steps: L lock, U unlock, C compute n ticks, T take / G give a
// semaphore, W wait any / A wait all event bits, S set bits, D delay n ticks.
const PROGRAMS = [
  { name: 'sensor', prio: 5, prog: [['T', 0], ['L', 0], ['C', 2], ['U', 0], ['S', 1], ['L', 1], ['C', 1], ['U', 1], ['D', 3]] },
  { name: 'logger', prio: 2, prog: [['W', 3], ['L', 0], ['C', 4], ['L', 1], ['C', 1], ['U', 1], ['U', 0], ['D', 1]] },
  { name: 'comms', prio: 4, prog: [['A', 6], ['L', 1], ['C', 3], ['U', 1], ['G', 1], ['D', 2]] },
  { name: 'ui', prio: 3, prog: [['C', 1], ['S', 2], ['D', 4], ['S', 4], ['D', 2]] },
  { name: 'control', prio: 6, prog: [['T', 1], ['L', 1], ['C', 1], ['U', 1], ['D', 5]] },
  { name: 'idle2', prio: 1, prog: [['C', 3], ['L', 0], ['C', 1], ['U', 0]] },
];

function removeAt(a, i) { for (let j = i + 1; j < a.length; j++) a[j - 1] = a[j]; a.length = a.length - 1; }
function removeItem(a, x) { for (let i = 0; i < a.length; i++) if (a[i] === x) { removeAt(a, i); return true; } return false; }
function shift(a) { const x = a[0]; removeAt(a, 0); return x; }

class Task {
  constructor(id, spec) {
    this.id = id; this.name = spec.name; this.base = spec.prio; this.prio = spec.prio;
    this.prog = spec.prog; this.pc = 0; this.left = 0; this.state = 'ready';
    this.wake = 0; this.waitBits = 0; this.waitAll = false; this.held = []; this.runs = 0; this.blocked = null;
  }
  step() { const s = this.prog[this.pc]; this.pc = (this.pc + 1) % this.prog.length; return s; }
  effective() { let p = this.base; for (let i = 0; i < this.held.length; i++) { const w = this.held[i].topWaiter(); if (w > p) p = w; } return p; }
}

class Mutex {
  constructor(id) { this.id = id; this.owner = null; this.waiters = []; this.contended = 0; }
  topWaiter() { let p = 0; for (let i = 0; i < this.waiters.length; i++) if (this.waiters[i].prio > p) p = this.waiters[i].prio; return p; }
}

class Semaphore { constructor(max) { this.count = 0; this.max = max; this.waiters = []; } }

class Kernel {
  constructor() {
    this.ready = []; for (let i = 0; i < LEVELS; i++) this.ready.push([]);
    this.tasks = []; this.mutexes = [new Mutex(0), new Mutex(1)];
    this.sems = [new Semaphore(3), new Semaphore(2)]; this.bits = 0; this.evWaiters = [];
    this.sleepers = []; this.now = 0; this.current = null; this.switches = 0; this.trace = 0;
  }
  spawn(spec) { const t = new Task(this.tasks.length, spec); this.tasks.push(t); this.makeReady(t); return t; }
  makeReady(t) { t.state = 'ready'; t.blocked = null; this.ready[t.prio].push(t); }
  unready(t) { removeItem(this.ready[t.prio], t); }
  reprioritise(t) {
    const p = t.effective();
    if (p === t.prio) return;
    if (t.state === 'ready') { this.unready(t); t.prio = p; this.ready[p].push(t); } else t.prio = p;
    if (t.blocked !== null && t.blocked.owner !== null) this.reprioritise(t.blocked.owner);   // chain
  }
  pick() { for (let p = LEVELS - 1; p >= 0; p--) { const q = this.ready[p]; if (q.length > 0) return q[0]; } return null; }
  block(t, state) { this.unready(t); t.state = state; }
  lock(t, m) {
    if (m.owner === null) { m.owner = t; t.held.push(m); return true; }
    m.contended += 1; m.waiters.push(t); t.blocked = m; this.block(t, 'mutex');
    this.reprioritise(m.owner);
    return false;
  }
  unlock(t, m) {
    removeItem(t.held, m);
    m.owner = null;
    if (m.waiters.length > 0) {
      let best = 0;
      for (let i = 1; i < m.waiters.length; i++) if (m.waiters[i].prio > m.waiters[best].prio) best = i;
      const w = m.waiters[best]; removeAt(m.waiters, best);
      m.owner = w; w.held.push(m); this.makeReady(w); this.reprioritise(w);
    }
    this.reprioritise(t);
  }
  take(t, s) { if (s.count > 0) { s.count -= 1; return true; } s.waiters.push(t); this.block(t, 'sem'); return false; }
  give(s) { if (s.waiters.length > 0) this.makeReady(shift(s.waiters)); else if (s.count < s.max) s.count += 1; }
  setBits(b) {
    this.bits |= b;
    const still = [];
    for (let i = 0; i < this.evWaiters.length; i++) {
      const w = this.evWaiters[i];
      const hit = w.waitAll ? (this.bits & w.waitBits) === w.waitBits : (this.bits & w.waitBits) !== 0;
      if (hit) { this.bits &= ~w.waitBits; this.makeReady(w); } else still.push(w);
    }
    this.evWaiters = still;
  }
  waitBits(t, b, all) {
    const hit = all ? (this.bits & b) === b : (this.bits & b) !== 0;
    if (hit) { this.bits &= ~b; return true; }
    t.waitBits = b; t.waitAll = all; this.evWaiters.push(t); this.block(t, 'event');
    return false;
  }
  tick() {
    this.now += 1;
    if (this.now % 3 === 0) this.give(this.sems[0]);          // the ADC "ISR"
    const still = [];
    for (let i = 0; i < this.sleepers.length; i++) { const s = this.sleepers[i]; if (s.wake <= this.now) this.makeReady(s); else still.push(s); }
    this.sleepers = still;
    const t = this.pick();
    if (t === null) return;
    if (t !== this.current) { this.switches += 1; this.current = t; }
    t.runs += 1;
    this.trace = (this.trace * 31 + t.id * 8 + t.prio) % 1000003;
    if (t.left > 0) { t.left -= 1; if (t.left === 0) this.rotate(t); return; }
    const st = t.step(), op = st[0], arg = st[1];
    switch (op) {
      case 'L': this.lock(t, this.mutexes[arg]); break;     // a waiter is handed the mutex
      case 'U': this.unlock(t, this.mutexes[arg]); break;
      case 'C': t.left = arg; break;
      case 'T': this.take(t, this.sems[arg]); break;
      case 'G': this.give(this.sems[arg]); break;
      case 'W': this.waitBits(t, arg, false); break;
      case 'A': this.waitBits(t, arg, true); break;
      case 'S': this.setBits(arg); break;
      case 'D': this.block(t, 'sleep'); t.wake = this.now + arg; this.sleepers.push(t); break;
      default: throw { code: 1, op: op };
    }
  }
  rotate(t) { const q = this.ready[t.prio]; if (q.length > 1 && q[0] === t) q.push(shift(q)); }
}

let checked = false;
function run() {
  const k = new Kernel();
  for (let i = 0; i < PROGRAMS.length; i++) k.spawn(PROGRAMS[i]);
  let h = 7, inversions = 0;
  for (let n = 0; n < 1500; n++) {
    k.tick();
    for (let i = 0; i < k.tasks.length; i++) if (k.tasks[i].prio !== k.tasks[i].base) inversions += 1;
    if (n % 50 === 49) h = (h * 31 + k.trace + k.bits + k.sems[0].count * 10) % 1000003;
  }
  for (let i = 0; i < k.tasks.length; i++) { const t = k.tasks[i]; h = (h * 31 + t.runs * 7 + t.pc + t.prio) % 1000003; }
  h = (h * 31 + k.switches + k.mutexes[0].contended * 100 + k.mutexes[1].contended) % 1000003;
  const line = 'rtos-kernel ticks=1500 switches=' + k.switches + ' inherit=' + inversions + ' contended=' + k.mutexes[0].contended + '/' + k.mutexes[1].contended + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
