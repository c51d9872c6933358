// Sensor pipelines on a smart thermostat written with a tiny reactive
// streams library: every stage is a closure. A stream is a function that
// takes an observer (a function) and returns an unsubscribe function.
// Operators (map, filter, scan, distinct, debounce, throttle, window
// average, take, merge, combineLatest, pairwise, tap) each return a new
// stream wrapping the one before it. Time comes from a virtual scheduler:
// a sorted list of timer closures (setTimeout/clearTimeout) advanced in 10 ms
// steps. Sources are "subjects" fed by a driver tick: a temperature and a
// humidity sensor sampled every 100 ms, a PIR motion sensor, a bouncing
// push button, and the compressor's current. Pipelines compute a smoothed
// comfort index, an occupancy flag with a hold-off timer, a debounced button
// that cycles the mode, a throttled display refresh, an over-current alarm
// that unsubscribes itself after three trips, and a mode-dependent setpoint
// (switchMap-like: a new inner subscription each time the mode changes).
// A status report goes out every 2 s through a callback chain that retries
// with exponential backoff. 20 seconds of virtual time per call.
const NODE_SUM = 175820;
let checked = false;

function subject() {                                  // { on: the stream, next: push a value to its observers }
  const obs = [];
  const on = (o) => { obs.push(o); return () => { for (let k = 0; k < obs.length; k++) if (obs[k] === o) obs[k] = null; }; };
  return { on: on, next: (v) => { for (let k = 0; k < obs.length; k++) { const o = obs[k]; if (o !== null) o(v); } } };
}
const map = (f) => (src) => (o) => src((v) => o(f(v)));
const filter = (p) => (src) => (o) => src((v) => { if (p(v)) o(v); });
const scan = (f, init) => (src) => (o) => { let acc = init; return src((v) => { acc = f(acc, v); o(acc); }); };
const distinct = () => (src) => (o) => { let last = null; return src((v) => { if (v !== last) { last = v; o(v); } }); };
const pairwise = () => (src) => (o) => { let prev = null; return src((v) => { if (prev !== null) o([prev, v]); prev = v; }); };
const tap = (f) => (src) => (o) => src((v) => { f(v); o(v); });
const windowAvg = (n) => (src) => (o) => {
  const buf = []; let sum = 0, i = 0;
  return src((v) => { if (buf.length < n) buf.push(v); else { sum -= buf[i]; buf[i] = v; i = (i + 1) % n; } sum += v; o((sum / buf.length) | 0); });
};
const take = (n) => (src) => (o) => {
  let left = n, un = null, done = false;
  un = src((v) => { if (left > 0) { left -= 1; o(v); if (left === 0) { done = true; if (un) un(); } } });
  if (done) un();
  return un;
};
const merge = (a, b) => (o) => { const u1 = a(o), u2 = b(o); return () => { u1(); u2(); }; };
const combineLatest = (a, b, f) => (o) => {
  let va = null, vb = null;
  const u1 = a((v) => { va = v; if (vb !== null) o(f(va, vb)); });
  const u2 = b((v) => { vb = v; if (va !== null) o(f(va, vb)); });
  return () => { u1(); u2(); };
};
function pipe(src, ops) { let s = src; for (let i = 0; i < ops.length; i++) s = ops[i](s); return s; }

function makeScheduler() {
  const timers = [];                                  // sorted by due time, then by id
  let now = 0, nextId = 1, fired = 0;
  const sched = {
    setTimeout: (fn, ms) => {
      const t = { due: now + ms, id: nextId, fn: fn };
      nextId += 1;
      let i = timers.length;
      timers.push(t);
      while (i > 0 && timers[i - 1].due > t.due) { timers[i] = timers[i - 1]; i -= 1; }
      timers[i] = t;
      return t.id;
    },
    clearTimeout: (id) => { for (let i = 0; i < timers.length; i++) if (timers[i].id === id) timers[i].fn = null; },
    advance: (ms) => {
      now += ms;
      while (timers.length > 0 && timers[0].due <= now) {
        const t = timers[0];
        for (let i = 1; i < timers.length; i++) timers[i - 1] = timers[i];
        timers.length = timers.length - 1;
        if (t.fn !== null) { fired += 1; t.fn(); }
      }
    },
    now: () => now,
    fired: () => fired,
  };
  return sched;
}
const debounce = (sched, ms) => (src) => (o) => {
  let id = 0, last = null;
  return src((v) => { last = v; if (id) sched.clearTimeout(id); id = sched.setTimeout(() => { id = 0; o(last); }, ms); });
};
const throttle = (sched, ms) => (src) => (o) => {
  let open = true;
  return src((v) => { if (open) { open = false; o(v); sched.setTimeout(() => { open = true; }, ms); } });
};

function run() {
  let h = 23, seed = 2024;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const rnd = (n) => { seed = (seed * 69069 + 1) % 2147483648; return (seed >> 8) % n; };
  const sched = makeScheduler();
  const temp = subject(), hum = subject(), pir = subject(), button = subject(), amps = subject();
  let comfortN = 0, comfortLast = 0, display = 0, mode = 0, occupied = 0, trips = 0, setpoint = 0, setChanges = 0, moves = 0;
  // comfort index from smoothed temperature and humidity (tenths)
  const tSmooth = pipe(temp.on, [windowAvg(8), distinct()]);
  const hSmooth = pipe(hum.on, [windowAvg(8), map((v) => (v / 5 | 0) * 5), distinct()]);
  const comfort = combineLatest(tSmooth, hSmooth, (t, rh) => t - ((rh - 450) * 3) / 10 | 0);
  comfort((c) => { comfortN += 1; comfortLast = c; add(c + 1000); });
  // occupancy: motion pulses set it, a 3 s hold-off timer clears it
  let holdId = 0;
  pipe(pir.on, [filter((v) => v === 1), tap(() => { moves += 1; })])(() => {
    if (!occupied) { occupied = 1; add(sched.now() / 10 | 0); }
    if (holdId) sched.clearTimeout(holdId);
    holdId = sched.setTimeout(() => { occupied = 0; holdId = 0; add(7); }, 3000);
  });
  // button: debounced 50 ms, only presses, cycles the mode
  pipe(button.on, [debounce(sched, 50), distinct(), filter((v) => v === 1)])(() => { mode = (mode + 1) % 3; add(100 + mode); });
  // display refresh at most every 500 ms, from merged comfort and mode events
  const modeStream = subject();
  pipe(merge(map((c) => c)(comfort), modeStream.on), [throttle(sched, 500)])((v) => { display += 1; add(v + 2000); });
  // over-current: three trips and the alarm stops listening
  pipe(amps.on, [pairwise(), filter((p) => p[1] > 180 && p[0] <= 180), take(3)])((p) => { trips += 1; add(p[1]); });
  // setpoint: a new inner subscription every time the mode changes (switchMap)
  let inner = null, lastMode = -1;
  const setpoints = [[200, 5], [215, -3], [185, 0]];
  pipe(temp.on, [scan((n, v) => n + 1, 0)])((n) => {
    if (mode !== lastMode) {
      lastMode = mode; modeStream.next(mode * 1000);
      if (inner) inner();
      const sp = setpoints[mode];
      inner = pipe(temp.on, [map((t) => sp[0] + (occupied ? sp[1] : -20)), distinct()])((v) => { setpoint = v; setChanges += 1; add(v); });
    }
  });
  // every 2 s a report goes to the cloud: a continuation-passing send with
  // retries and exponential backoff on the scheduler
  let sentOk = 0, retries = 0;
  const sendOnce = (payload, cb) => sched.setTimeout(() => cb(rnd(3) === 0 ? 'timeout' : null, payload % 997), 20 + rnd(30));
  const sendWithRetry = (payload, tries, backoff, done) => sendOnce(payload, (err, ack) => {
    if (err === null) done(null, ack);
    else if (tries <= 1) done(err, 0);
    else { retries += 1; sched.setTimeout(() => sendWithRetry(payload, tries - 1, backoff * 2, done), backoff); }
  });
  const report = () => sendWithRetry(comfortLast * 100 + setpoint, 4, 40, (err, ack) => { if (err === null) { sentOk += 1; add(ack); } else add(5); });
  // the driver: 20 s in 10 ms steps
  let t10 = 0, bounce = 0, pressed = 0, comp = 120;
  for (let step = 0; step < 2000; step++) {
    if (step % 200 === 199) report();
    if (step % 10 === 0) {
      t10 += 1;
      temp.next(205 + ((t10 % 40) < 20 ? t10 % 20 : 20 - t10 % 20) + rnd(4));
      hum.next(430 + rnd(60) + (t10 > 60 ? 40 : 0));
    }
    if (step % 7 === 0) pir.next((step > 100 && step < 350) || (step > 800 && step < 900) ? (rnd(4) === 0 ? 1 : 0) : 0);
    if (step % 150 === 20) { pressed = 1 - pressed; bounce = 6; }
    if (bounce > 0) { bounce -= 1; button.next(bounce % 2 === 0 ? pressed : 1 - pressed); } else if (step % 5 === 0) button.next(pressed);
    if (step % 3 === 0) { comp += rnd(31) - 15 + (step % 200 === 0 ? 70 : 0); if (comp < 90) comp = 90; if (comp > 260) comp = 160; amps.next(comp); }
    sched.advance(10);
  }
  add(sentOk); add(retries);
  add(comfortN); add(display); add(sched.fired()); add(trips); add(setChanges);
  const out = 'rx-streams ms=20000 comfort=' + comfortN + ' last=' + comfortLast + ' display=' + display + ' mode=' + mode + ' moves=' + moves +
    ' trips=' + trips + ' setpoint=' + setpoint + ' setChanges=' + setChanges + ' timers=' + sched.fired() + ' reports=' + sentOk + ' retries=' + retries + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
