// Firmware timers on a hashed timing wheel (16 slots, 1 ms ticks). The
// wheel is a closure-built module; every timer's callback is a closure too:
// LED blinkers, a sensor sampler that arms (and cancels) one-shot alarms,
// a watchdog with its feeder, and a retry with exponential backoff.
function makeWheel(nslots) {
  const mask = nslots - 1;
  const slots = [];
  for (let i = 0; i < nslots; i++) slots.push([]);
  let now = 0, nextId = 1, fired = 0;
  const timers = [];
  function insert(t) { slots[t.due & mask].push(t); }
  return {
    now: function () { return now; },
    fired: function () { return fired; },
    after: function (delay, fn) {
      const t = { id: nextId++, due: now + delay, period: 0, fn: fn, live: true };
      timers[t.id] = t;
      insert(t);
      return t.id;
    },
    every: function (period, fn) {
      const t = { id: nextId++, due: now + period, period: period, fn: fn, live: true };
      timers[t.id] = t;
      insert(t);
      return t.id;
    },
    cancel: function (id) {
      const t = timers[id];
      if (t !== undefined && t.live) { t.live = false; return true; }
      return false;
    },
    tick: function () {
      now++;
      const idx = now & mask;
      const slot = slots[idx];
      const keep = [], again = [];
      for (let i = 0; i < slot.length; i++) {
        const t = slot[i];
        if (t.live) {
          if (t.due === now) {
            fired++;
            t.fn(now);
            if (t.period > 0 && t.live) { t.due += t.period; again.push(t); }
            else { t.live = false; timers[t.id] = undefined; }
          } else keep.push(t);
        }
      }
      slots[idx] = keep;
      for (let i = 0; i < again.length; i++) insert(again[i]);
    }
  };
}

function makeBlinker(gpio, pin) {
  let on = false, edges = 0;
  return function (now) {
    on = !on;
    edges++;
    gpio.state = on ? (gpio.state | (1 << pin)) : (gpio.state & ~(1 << pin));
    gpio.trace = (gpio.trace * 17 + gpio.state + edges) & 0xffff;
  };
}

function makeSampler(wheel, log) {
  let seed = 99, pending = 0, avg = 0;
  return function (now) {
    seed = (seed * 75 + 74) % 65537;
    const reading = (seed & 1023) + (now & 255);
    avg = avg + ((reading - avg) >> 2);
    if (avg > 700 && pending === 0) {
      const level = avg;
      pending = wheel.after(7, function (t) { log.alarms++; log.sum += level + t; pending = 0; });
    } else if (avg < 600 && pending !== 0) {
      if (wheel.cancel(pending)) log.cancelled++;
      pending = 0;
    }
  };
}

function makeWatchdog(wheel, log) {
  let sinceFeed = 0;
  wheel.every(5, function (now) { sinceFeed += 5; if (sinceFeed > 40) { log.resets++; sinceFeed = 0; } });
  return function (now) { sinceFeed = 0; };
}

function startRetry(wheel, log, firstDelay) {
  let delay = firstDelay, attempts = 0;
  function attempt(now) {
    attempts++;
    log.retries++;
    if (attempts < 6) { delay = delay * 2 > 64 ? 64 : delay * 2; wheel.after(delay, attempt); }
    else log.gaveUp = log.gaveUp * 3 + now;
  }
  wheel.after(delay, attempt);
}

let checked = false;
function run() {
  const wheel = makeWheel(16);
  const gpio = { state: 0, trace: 0 };
  const log = { alarms: 0, cancelled: 0, sum: 0, resets: 0, retries: 0, gaveUp: 0 };
  wheel.every(3, makeBlinker(gpio, 0));
  wheel.every(7, makeBlinker(gpio, 1));
  wheel.every(16, makeBlinker(gpio, 2));
  wheel.every(2, makeSampler(wheel, log));
  const feed = makeWatchdog(wheel, log);
  let feeder = wheel.every(20, feed);
  for (let ms = 0; ms < 400; ms++) {
    if (ms === 150) { wheel.cancel(feeder); }        // the main loop "hangs"
    if (ms === 260) { feeder = wheel.every(30, feed); }
    if ((ms & 63) === 0) startRetry(wheel, log, 1 + (ms >> 6));
    wheel.tick();
  }
  const r = (wheel.fired() * 65536 + gpio.trace + log.sum + log.gaveUp * 7 +
             log.alarms * 131 + log.cancelled * 257 + log.resets * 1031 + log.retries) | 0;
  if (!checked) {
    checked = true;
    print('timers ' + wheel.fired() + ' ' + gpio.state + ' ' + gpio.trace + ' ' + log.alarms + '/' + log.cancelled +
      ' ' + log.resets + ' ' + log.retries + ' ' + r);
  }
  return r;
}
vmExport(0, run);
