// Interrupt handling of a small RTOS-less firmware, written with closures.
// A simulated interrupt controller has 8 lines with priorities, a pending
// mask and a vector table of handler closures. Each top half does a little
// work and defers the rest as a tasklet (a closure capturing its data) into a
// soft-IRQ queue, which the main loop drains. A one-shot and periodic timer
// list holds callback closures; GPIO edges go through per-pin debounce
// closures; the UART driver is a chain of layers composed from functions
// (framing -> escaping -> checksum -> dispatch), each made by wrapping the
// next; an event bus delivers to subscribers, and subscribe() returns the
// closure that unsubscribes. once() wraps a handler so it runs a single
// time, and a continuation chain (then-callbacks without Promise) sequences
// a sensor read: start -> wait for the conversion IRQ -> read -> publish.
const NODE_SUM = 71417;
let checked = false;

function makeBus() {
  let subs = [];
  return {
    on: (topic, fn) => { const s = { topic: topic, fn: fn, live: true }; subs.push(s); return () => { s.live = false; }; },
    emit: (topic, v) => {
      let n = 0;
      for (let i = 0; i < subs.length; i++) { const s = subs[i]; if (s.live && s.topic === topic) { s.fn(v); n += 1; } }
      return n;
    },
    compact: () => { const k = []; for (let i = 0; i < subs.length; i++) if (subs[i].live) k.push(subs[i]); subs = k; return k.length; }
  };
}

function once(fn) { let done = false; return (v) => { if (!done) { done = true; fn(v); } }; }

function layer(name, wrap) { return (next) => wrap(next); }           // a driver layer: next -> handler

function compose(layers, sink) { let f = sink; for (let i = layers.length - 1; i >= 0; i--) f = layers[i](f); return f; }

function run() {
  let h = 19, seed = 17;
  const rnd = (n) => { seed = (seed * 1664525 + 1013904223) % 4294967296; return ((seed / 256) | 0) % n; };
  const soft = [];
  let softHead = 0, ticks = 0, nested = 0, maxDepth = 0, depth = 0;
  const defer = (fn) => { soft.push(fn); };
  const stats = { irq: 0, tasklets: 0, timers: 0, frames: 0, bad: 0, events: 0, edges: 0, presses: 0, reads: 0 };
  const bus = makeBus();
  // timers: records { at, every, fn }, kept sorted by time
  let timers = [];
  const addTimer = (at, every, fn) => {
    const t = { at: at, every: every, fn: fn }, nt = [];
    let put = false;
    for (let i = 0; i < timers.length; i++) { if (!put && timers[i].at > at) { nt.push(t); put = true; } nt.push(timers[i]); }
    if (!put) nt.push(t);
    timers = nt;
  };
  // the interrupt controller
  const vectors = [], prio = [3, 1, 2, 2, 0, 1, 3, 2];
  let pending = 0;
  const raise = (line) => { pending |= 1 << line; };
  const dispatch = () => {
    while (pending !== 0) {
      let best = -1;
      for (let l = 0; l < 8; l++) if ((pending >> l) & 1 && (best < 0 || prio[l] < prio[best])) best = l;
      pending &= ~(1 << best);
      depth += 1; if (depth > maxDepth) maxDepth = depth;
      stats.irq += 1;
      vectors[best](ticks);
      depth -= 1;
    }
  };
  // UART: bytes -> framing (0x7e) -> unescape (0x7d) -> checksum -> dispatch by command
  let cur = [];
  const sink = (frame) => { stats.frames += 1; bus.emit('cmd' + frame[0], frame); };
  const checksum = layer('sum', (next) => (frame) => { let s = 0; for (let i = 0; i < frame.length - 1; i++) s = (s + frame[i]) & 255; if (s === frame[frame.length - 1]) next(frame); else stats.bad += 1; });
  const unescape = layer('esc', (next) => (raw) => { const f = []; let esc = false; for (let i = 0; i < raw.length; i++) { const b = raw[i]; if (esc) { f.push(b ^ 0x20); esc = false; } else if (b === 0x7d) esc = true; else f.push(b); } if (f.length > 1) next(f); });
  const framing = layer('frm', (next) => (b) => { if (b === 0x7e) { if (cur.length > 0) { const f = cur; cur = []; defer(() => next(f)); } } else cur.push(b); });
  const uartIn = compose([framing, unescape, checksum], sink);
  const txQueue = [];
  let txHead = 0;
  const sendFrame = (bytes) => {
    let s = 0; for (let i = 0; i < bytes.length; i++) s = (s + bytes[i]) & 255;
    txQueue.push(0x7e);
    const all = []; for (let i = 0; i < bytes.length; i++) all.push(bytes[i]); all.push(s);
    for (let i = 0; i < all.length; i++) { const b = all[i]; if (b === 0x7e || b === 0x7d) { txQueue.push(0x7d); txQueue.push(b ^ 0x20); } else txQueue.push(b); }
    txQueue.push(0x7e);
  };
  vectors[0] = (now) => { let n = 0; while (txHead < txQueue.length && n < 4) { const b = txQueue[txHead]; txHead += 1; n += 1; if (rnd(97) === 0) uartIn(b ^ 4); else uartIn(b); } if (txHead < txQueue.length) raise(0); };
  // GPIO: 4 buttons with debounce closures made in a loop
  const debouncers = [];
  for (let pin = 0; pin < 4; pin++) {
    let stable = 0, last = 0, since = 0, count = 0;
    debouncers.push((level, now) => {
      stats.edges += 1;
      if (level !== last) { last = level; since = now; }
      if (now - since >= 3 && level !== stable) { stable = level; if (level === 1) { count += 1; defer(() => bus.emit('btn' + pin, count)); } }
    });
  }
  let levels = [0, 0, 0, 0];
  vectors[1] = (now) => { for (let p = 0; p < 4; p++) debouncers[p](levels[p], now); };
  // ADC conversion done: completes whatever continuation is waiting
  let onConv = null;
  vectors[2] = (now) => { const k = onConv; onConv = null; if (k !== null) { const v = 512 + ((now * 37) % 400) - rnd(50); defer(() => k(v)); } };
  vectors[3] = (now) => { stats.timers += 0; };
  for (let l = 4; l < 8; l++) { const line = l; vectors[l] = (now) => { defer(() => { h = (h * 31 + line * 100 + (now & 63)) % 1000003; }); }; }
  const readSensor = (ch, then) => { stats.reads += 1; onConv = (raw) => then(ch * 1000 + raw); raise(2); };
  // subscribers
  let sumT = 0, presses = [0, 0, 0, 0], setpoint = 50, offs = [];
  const unsub = [];
  unsub.push(bus.on('temp', (v) => { sumT += v; stats.events += 1; }));
  unsub.push(bus.on('temp', once((v) => { setpoint = v % 100; })));
  for (let p = 0; p < 4; p++) unsub.push(bus.on('btn' + p, (c) => { presses[p] = c; stats.presses += 1; sendFrame([0x10 + p, c & 255, 0x7e, 0x7d]); }));
  unsub.push(bus.on('cmd16', (f) => { setpoint += f[1]; }));
  unsub.push(bus.on('cmd17', (f) => { setpoint -= f[1]; }));
  for (let c = 18; c < 20; c++) unsub.push(bus.on('cmd' + c, (f) => { offs.push(f[1]); if (offs.length > 6) { const k = []; for (let i = 1; i < offs.length; i++) k.push(offs[i]); offs = k; } }));
  // periodic work on timers
  addTimer(5, 10, (now) => readSensor(now % 3, (v) => { defer(() => bus.emit('temp', v)); h = (h * 31 + v) % 1000003; }));
  addTimer(7, 25, (now) => { sendFrame([0x20, now & 255, (now >> 8) & 255, setpoint & 255]); raise(0); });
  addTimer(300, 0, (now) => { unsub[0](); unsub[0] = () => 0; });
  addTimer(11, 40, (now) => { for (let l = 4; l < 8; l++) if (rnd(3) === 0) raise(l); });
  for (ticks = 0; ticks < 1500; ticks++) {
    // the world: buttons bounce around their presses
    for (let p = 0; p < 4; p++) {
      const phase = (ticks + p * 53) % 120;
      const lv = phase < 40 ? 1 : 0;
      const bounce = (phase < 3 || (phase >= 40 && phase < 43)) && rnd(2) === 0;
      const nl = bounce ? 1 - lv : lv;
      if (nl !== levels[p]) { levels[p] = nl; raise(1); }
    }
    if (ticks % 4 === 0) raise(1);
    // timers
    while (timers.length > 0 && timers[0].at <= ticks) {
      const t = timers[0], nt = [];
      for (let i = 1; i < timers.length; i++) nt.push(timers[i]);
      timers = nt;
      t.fn(ticks);
      if (t.every > 0) addTimer(ticks + t.every, t.every, t.fn);
    }
    if (txHead < txQueue.length) raise(0);
    dispatch();
    // bottom halves, including any they queue
    while (softHead < soft.length) { const fn = soft[softHead]; softHead += 1; stats.tasklets += 1; fn(); dispatch(); }
    if (softHead > 64) { soft.length = 0; softHead = 0; }
    if (txHead > 256 && txHead === txQueue.length) { txQueue.length = 0; txHead = 0; }
    if (ticks % 100 === 99) h = (h * 31 + bus.compact() + setpoint * 64) % 1000003;
  }
  h = (h * 31 + stats.irq) % 1000003;
  h = (h * 31 + stats.tasklets) % 1000003;
  h = (h * 31 + stats.frames * 16 + stats.bad) % 1000003;
  h = (h * 31 + (sumT % 100000)) % 1000003;
  for (let p = 0; p < 4; p++) h = (h * 31 + presses[p]) % 1000003;
  let offList = '';
  for (let i = 0; i < offs.length; i++) offList += (i ? ',' : '') + offs[i];
  const out = 'irq-softirq ticks=1500 irq=' + stats.irq + ' tasklets=' + stats.tasklets + ' frames=' + stats.frames + ' bad=' + stats.bad + ' reads=' + stats.reads +
    ' temp_events=' + stats.events + ' edges=' + stats.edges + ' presses=' + presses[0] + ',' + presses[1] + ',' + presses[2] + ',' + presses[3] +
    ' setpoint=' + setpoint + ' offs=' + offList + ' depth=' + maxDepth + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
