// A video doorbell's firmware glue, built from callbacks. An event emitter
// (on, once, off, emit; listeners kept per event name) connects the drivers:
// the push button (debounced by a closure), the PIR motion sensor, the
// light sensor, the chime, the camera and the uplink. Outgoing messages pass
// a middleware chain (each middleware a function (msg, next); the chain is
// composed into nested closures once per call): a quiet-hours filter, a
// per-kind rate limiter, a deduplicator, an event-id stamp, a retry wrapper
// and the transport. Timers are closures on a small sorted queue. The
// camera records a clip after a ring or motion; a "once" listener arms the
// night light on the first dark reading; an auto-away rule subscribes and
// unsubscribes itself. 10 minutes of virtual time in 100 ms steps.
const NODE_SUM = 338640;
let checked = false;

function makeEmitter() {
  const table = {}, names = [];
  const list = (name) => { let l = table[name]; if (l === undefined) { l = []; table[name] = l; names.push(name); } return l; };
  const on = (name, fn) => { list(name).push(fn); return () => off(name, fn); };
  const off = (name, fn) => { const l = list(name); for (let i = 0; i < l.length; i++) if (l[i] === fn) l[i] = null; };
  const once = (name, fn) => { const w = (ev) => { off(name, w); fn(ev); }; return on(name, w); };
  const emit = (name, ev) => {
    const l = list(name);
    let n = 0;
    for (let i = 0; i < l.length; i++) { const f = l[i]; if (f !== null) { f(ev); n += 1; } }
    return n;
  };
  return { on: on, off: off, once: once, emit: emit, count: () => names.length };
}

function makeTimers() {
  const q = [];
  let now = 0;
  return {
    now: () => now,
    after: (ms, fn) => {
      const item = { at: now + ms, fn: fn, live: true };
      let i = q.length; q.push(item);
      while (i > 0 && q[i - 1].at > item.at) { q[i] = q[i - 1]; i -= 1; }
      q[i] = item;
      return () => { item.live = false; };
    },
    advance: (ms) => {
      now += ms;
      let k = 0;
      while (k < q.length && q[k].at <= now) { if (q[k].live) q[k].fn(); k += 1; }
      if (k > 0) { let j = 0; for (let i = k; i < q.length; i++) { q[j] = q[i]; j += 1; } q.length = j; }
    },
  };
}

function compose(mws, last) {
  let next = last;
  for (let i = mws.length - 1; i >= 0; i--) { const mw = mws[i], inner = next; next = (msg) => mw(msg, inner); }
  return next;
}

function run() {
  let h = 17;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const bus = makeEmitter(), timers = makeTimers();
  const counts = { sent: 0, dropped: 0, quiet: 0, limited: 0, dup: 0, retried: 0, chimes: 0, clips: 0, lights: 0 };
  let seed = 555, linkBad = 0, nextId = 1;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return (seed >> 12) % n; };
  const quietHours = (msg, next) => { const min = (timers.now() / 60000) | 0; if (msg.prio < 2 && min >= 6 && min < 8) { counts.quiet += 1; return false; } return next(msg); };
  const limiter = (perMinute) => {
    const seen = {};
    return (msg, next) => {
      const slot = (timers.now() / 60000) | 0, k = msg.kind + slot, n = seen[k] === undefined ? 0 : seen[k];
      if (n >= perMinute && msg.prio < 3) { counts.limited += 1; return false; }
      seen[k] = n + 1; return next(msg);
    };
  };
  const dedup = () => { let last = ''; return (msg, next) => { const key = msg.kind + ':' + msg.value; if (key === last) { counts.dup += 1; return false; } last = key; return next(msg); }; };
  const stamp = (msg, next) => { msg.id = nextId; nextId += 1; return next(msg); };
  const retry = (times) => (msg, next) => { for (let a = 0; a <= times; a++) { if (next(msg)) return true; counts.retried += 1; } counts.dropped += 1; return false; };
  const transport = (msg) => { if (linkBad > 0) { linkBad -= 1; return false; } counts.sent += 1; add(msg.id); add(msg.value); return true; };
  const send = compose([quietHours, limiter(4), dedup(), stamp, retry(2)], transport);
  const uplink = (kind, value, prio) => send({ kind: kind, value: value, prio: prio });

  const debounce = (ms, fn) => { let cancel = null; return (ev) => { if (cancel !== null) cancel(); cancel = timers.after(ms, () => { cancel = null; fn(ev); }); }; };
  let recording = false, clipEnd = 0, dark = false, away = false, presses = 0, motions = 0;
  const startClip = (why) => {
    if (recording) { clipEnd = timers.now() + 8000; return; }
    recording = true; clipEnd = timers.now() + 8000; counts.clips += 1;
    const check = () => { if (timers.now() >= clipEnd) { recording = false; bus.emit('clip', { why: why, len: 8 }); } else timers.after(1000, check); };
    timers.after(1000, check);
  };
  bus.on('button', debounce(250, (ev) => { presses += 1; bus.emit('ring', { at: timers.now(), n: presses }); }));
  bus.on('ring', (ev) => { counts.chimes += 1; uplink('ring', ev.n, 3); });
  bus.on('ring', (ev) => startClip(1));
  bus.on('motion', (ev) => { motions += 1; if (ev.level > 40) { startClip(2); uplink('motion', ev.level >> 4, away ? 2 : 1); } });
  bus.on('clip', (ev) => uplink('clip', ev.why * 10 + ev.len, 1));
  bus.on('lux', (ev) => { const d = ev.lux < 30; if (d !== dark) { dark = d; bus.emit(d ? 'dusk' : 'dawn', ev); } });
  bus.once('dusk', (ev) => { counts.lights += 1; bus.on('motion', (m) => { if (dark && m.level > 20) { counts.lights += 1; } }); });
  bus.on('dawn', (ev) => uplink('dawn', ev.lux, 0));
  let unAway = null;
  const armAway = () => {
    away = true;
    unAway = bus.on('ring', (ev) => { uplink('away-ring', ev.n, 2); if (ev.n % 3 === 0) { unAway(); away = false; timers.after(90000, armAway); } });
  };
  timers.after(60000, armAway);
  let bounce = 0;
  for (let step = 0; step < 6000; step++) {
    const t = step * 100;
    if (step % 600 === 37 || step % 1700 === 900) bounce = 4;
    if (bounce > 0) { bus.emit('button', { level: bounce & 1 }); bounce -= 1; }
    if (rnd(100) < 3) bus.emit('motion', { level: rnd(100) });
    if (step % 50 === 0) bus.emit('lux', { lux: 200 - ((t / 3000) | 0) + rnd(10) });
    if (step % 2000 === 1200) linkBad = 5;
    timers.advance(100);
  }
  const keys = ['sent', 'dropped', 'quiet', 'limited', 'dup', 'retried', 'chimes', 'clips', 'lights'];
  for (let i = 0; i < keys.length; i++) add(counts[keys[i]]);
  const out = 'doorbell-events steps=6000 presses=' + presses + ' motions=' + motions + ' sent=' + counts.sent + ' dropped=' + counts.dropped +
    ' quiet=' + counts.quiet + ' limited=' + counts.limited + ' dup=' + counts.dup + ' clips=' + counts.clips + ' lights=' + counts.lights +
    ' events=' + bus.count() + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
