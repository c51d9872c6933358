// An actuated traffic-signal controller at a four-arm junction, as class
// instances talking through method calls. Eight approach lanes (a `Lane`
// each: a queue of arrival times, a saturation discharge of one car per one
// and a half seconds on green) feed inductive loop `Detector`s that track occupancy and
// the gap since the last car left the stop line. Four `Phase` objects (north-south through,
// north-south left, east-west through, east-west left) own their lanes and a
// `SignalHead`, a small state machine: red, green with a minimum and a
// maximum, amber, all-red clearance. A pedestrian `Crossing` per road holds a
// push button and walk / flashing-don't-walk timing, and extends a phase's
// minimum green. The `Controller` runs the ring: it serves the next phase
// with demand, extends green while the detectors see gaps shorter than the
// passage time, and ends it on gap-out or max-out; an `Emergency` pre-empt
// arrives twice. Arrivals come from a `Traffic` generator (an LCG with a rate
// per lane that changes over the hour). 1,400 half-second ticks.
const NODE_SUM = 83387;
const RED = 0, GREEN = 1, AMBER = 2, ALLRED = 3;
const RATES = [15, 14, 4, 4, 11, 12, 3, 3];           // arrivals per 100 s per lane
let checked = false;

class Traffic {
  constructor(seed) { this.seed = seed; }
  next(n) { this.seed = (this.seed * 1103515245 + 12345) % 2147483648; return ((this.seed >> 8) % n); }
  arrives(lane, tick) { const r = RATES[lane] + (tick > 700 && lane < 2 ? 10 : 0); return this.next(200) < r; }
}

class Lane {
  constructor(id) { this.id = id; this.q = []; this.head = 0; this.served = 0; this.wait = 0; this.maxQ = 0; this.credit = 0; }
  arrive(t) { this.q.push(t); const n = this.length(); if (n > this.maxQ) this.maxQ = n; }
  length() { return this.q.length - this.head; }
  discharge(t, green) {
    if (!green) { this.credit = 0; return 0; }
    this.credit += 1;
    if (this.credit < 3 || this.length() === 0) return 0;   // 2 s headway
    this.credit = 0;
    this.wait += t - this.q[this.head];
    this.head += 1; this.served += 1;
    if (this.head > 32) { const nq = []; for (let i = this.head; i < this.q.length; i++) nq.push(this.q[i]); this.q = nq; this.head = 0; }
    return 1;
  }
}

class Detector {                                     // a stop-line loop: it sees the cars that leave
  constructor(lane) { this.lane = lane; this.occ = 0; this.gap = 99; this.count = 0; }
  sense(car) { if (car) { this.occ += 1; this.gap = 0; this.count += 1; } else { this.gap += 1; } }
  demand() { return this.lane.length() > 0; }
  gapSince() { return this.gap; }
}

class SignalHead {
  constructor(name) { this.name = name; this.state = RED; this.timer = 0; this.changes = 0; }
  set(s) { if (s !== this.state) { this.state = s; this.timer = 0; this.changes += 1; } }
  tick() { this.timer += 1; }
  is(s) { return this.state === s; }
  elapsed() { return this.timer; }
}

class Crossing {
  constructor(phase) { this.phase = phase; this.button = 0; this.walk = 0; this.served = 0; this.waitSum = 0; this.pressedAt = 0; }
  press(t) { if (!this.button) { this.button = 1; this.pressedAt = t; } }
  onGreen(t) { if (this.button) { this.button = 0; this.walk = 14; this.served += 1; this.waitSum += t - this.pressedAt; return 8; } return 0; }
  tick() { if (this.walk > 0) this.walk -= 1; }
  flashing() { return this.walk > 0 && this.walk <= 6; }
}

class Phase {
  constructor(id, lanes, dets, minG, maxG, passage) {
    this.id = id; this.lanes = lanes; this.dets = dets; this.head = new SignalHead('P' + id);
    this.minG = minG; this.maxG = maxG; this.passage = passage; this.extra = 0; this.served = 0; this.gapOuts = 0; this.maxOuts = 0;
  }
  demand() { for (let i = 0; i < this.dets.length; i++) if (this.dets[i].demand()) return true; return false; }
  gapOut() { for (let i = 0; i < this.dets.length; i++) if (this.dets[i].gapSince() < this.passage) return false; return true; }
  start(extra) { this.head.set(GREEN); this.extra = extra; this.served += 1; }
  greenTime() { return this.head.is(GREEN) ? this.head.elapsed() : 0; }
  shouldEnd() {
    const g = this.head.elapsed();
    if (g < this.minG + this.extra) return 0;
    if (g >= this.maxG + this.extra) { this.maxOuts += 1; return 2; }
    if (this.gapOut()) { this.gapOuts += 1; return 1; }
    return 0;
  }
  step(t) {
    let moved = 0;
    const green = this.head.is(GREEN);
    for (let i = 0; i < this.lanes.length; i++) { const m = this.lanes[i].discharge(t, green); this.dets[i].sense(m); moved += m; }
    this.head.tick();
    return moved;
  }
}

class Controller {
  constructor(phases, crossings) {
    this.phases = phases; this.crossings = crossings; this.cur = 0; this.mode = GREEN; this.cycles = 0; this.preempt = -1; this.preempts = 0;
    phases[0].start(0);
  }
  nextPhase() {
    for (let k = 1; k <= this.phases.length; k++) {
      const p = (this.cur + k) % this.phases.length;
      if (this.phases[p].demand() || this.crossingFor(p) && this.crossingFor(p).button) return p;
    }
    return this.cur;
  }
  crossingFor(p) { return p === 0 ? this.crossings[0] : (p === 2 ? this.crossings[1] : null); }
  emergency(p) { this.preempt = p; this.preempts += 1; }
  step(t) {
    const ph = this.phases[this.cur];
    if (this.mode === GREEN) {
      const why = this.preempt >= 0 && this.preempt !== this.cur ? 3 : ph.shouldEnd();
      if (why > 0 && (why === 3 || this.nextPhase() !== this.cur)) { ph.head.set(AMBER); this.mode = AMBER; }
    } else if (this.mode === AMBER) {
      if (ph.head.elapsed() >= 6) { ph.head.set(ALLRED); this.mode = ALLRED; }
    } else if (ph.head.elapsed() >= 3) {
      ph.head.set(RED);
      const nxt = this.preempt >= 0 ? this.preempt : this.nextPhase();
      this.preempt = -1;
      if (nxt <= this.cur) this.cycles += 1;
      this.cur = nxt;
      const c = this.crossingFor(nxt);
      this.phases[nxt].start(c ? c.onGreen(t) : 0);
      this.mode = GREEN;
    }
    let moved = 0;
    for (let i = 0; i < this.phases.length; i++) moved += this.phases[i].step(t);
    for (let i = 0; i < this.crossings.length; i++) this.crossings[i].tick();
    return moved;
  }
}

function run() {
  let h = 3;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const traffic = new Traffic(4711);
  const lanes = [], dets = [];
  for (let i = 0; i < 8; i++) { const l = new Lane(i); lanes.push(l); dets.push(new Detector(l)); }
  const phases = [new Phase(0, [lanes[0], lanes[1]], [dets[0], dets[1]], 14, 60, 6),
    new Phase(1, [lanes[2], lanes[3]], [dets[2], dets[3]], 8, 24, 4),
    new Phase(2, [lanes[4], lanes[5]], [dets[4], dets[5]], 14, 50, 6),
    new Phase(3, [lanes[6], lanes[7]], [dets[6], dets[7]], 8, 20, 4)];
  const crossings = [new Crossing(phases[0]), new Crossing(phases[2])];
  const ctl = new Controller(phases, crossings);
  let moved = 0, arrived = 0;
  for (let t = 0; t < 1400; t++) {
    for (let i = 0; i < 8; i++) {
      const car = traffic.arrives(i, t);
      if (car) { lanes[i].arrive(t); arrived += 1; }
    }
    if (traffic.next(100) < 2) crossings[traffic.next(2)].press(t);
    if (t === 600 || t === 1333) ctl.emergency(t === 600 ? 2 : 1);
    moved += ctl.step(t);
    if ((t & 31) === 31) {
      let q = 0;
      for (let i = 0; i < 8; i++) q += lanes[i].length();
      add(q); add(ctl.cur * 10 + ctl.mode); add(phases[ctl.cur].greenTime());
    }
  }
  let waitSum = 0, maxQ = 0, changes = 0, gapOuts = 0, maxOuts = 0;
  for (let i = 0; i < 8; i++) { waitSum += lanes[i].wait; if (lanes[i].maxQ > maxQ) maxQ = lanes[i].maxQ; add(lanes[i].served); add(dets[i].count); }
  for (let i = 0; i < 4; i++) { changes += phases[i].head.changes; gapOuts += phases[i].gapOuts; maxOuts += phases[i].maxOuts; add(phases[i].served); }
  const peds = crossings[0].served + crossings[1].served;
  add(waitSum % 1000000); add(peds); add(crossings[0].waitSum + crossings[1].waitSum);
  const out = 'traffic-junction ticks=1400 arrived=' + arrived + ' moved=' + moved + ' cycles=' + ctl.cycles + ' gapOuts=' + gapOuts +
    ' maxOuts=' + maxOuts + ' changes=' + changes + ' avgWait_ds=' + ((waitSum * 10 / (moved > 0 ? moved : 1)) | 0) + ' maxQ=' + maxQ +
    ' peds=' + peds + ' preempts=' + ctl.preempts + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
