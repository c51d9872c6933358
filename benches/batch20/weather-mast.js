// The logger of an automatic weather mast. Once a second it polls five
// sensors on a noisy I2C bus: a humidity/temperature chip whose words carry
// a CRC-8 (poly 0x31), a barometer with calibration coefficients, a wind
// vane read through a resistor ladder on an ADC, a cup anemometer's pulse
// counter, and a tipping-bucket rain gauge. Every bus transfer can fail:
// the simulated bus throws NACK, arbitration-lost and timeout errors from a
// fault schedule, and drivers throw on CRC mismatches and readings out of
// range. A retry wrapper catches and retries up to three times, a bus reset
// runs after two timeouts, the sensor task catches what is left and marks
// the reading stale, and a watchdog throws from deep inside when a sensor
// stays stale for 20 s. Minute records keep means, gusts, the dominant wind
// sector and the error counts. 120 one-second ticks; the barometer fails
// from 60 s to 85 s.
const NODE_SUM = 945295;
const VANE_ADC = [786, 406, 461, 84, 93, 66, 185, 127, 287, 244, 630, 599, 945, 828, 887, 702];   // 16 sectors
const SECT = ['N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW'];
let checked = false;

function crc8(a, b) {
  let c = 0xff;
  c = c ^ a;
  for (let i = 0; i < 8; i++) c = (c & 0x80) !== 0 ? ((c << 1) ^ 0x31) & 255 : (c << 1) & 255;
  c = c ^ b;
  for (let i = 0; i < 8; i++) c = (c & 0x80) !== 0 ? ((c << 1) ^ 0x31) & 255 : (c << 1) & 255;
  return c;
}
function busError(code, addr, t) { return { code: code, addr: addr, t: t }; }

function makeBus(world) {
  const bus = { seed: 4242, xfers: 0, timeouts: 0, resets: 0, stuck: 0 };
  bus.xfer = (addr, reg) => {
    bus.xfers += 1;
    bus.seed = (bus.seed * 75 + 74) % 65537;
    const r = bus.seed % 100;
    if (bus.stuck > 0) { bus.stuck -= 1; throw busError('TIMEOUT', addr, world.t); }
    if (r < 4) throw busError('NACK', addr, world.t);
    if (r === 4) throw busError('ARB', addr, world.t);
    if (r === 5 && addr === 0x77) { bus.stuck = 3; throw busError('TIMEOUT', addr, world.t); }
    return world.reg(addr, reg, r);
  };
  return bus;
}

function withRetry(bus, stats, fn) {
  let tries = 0, lastErr = null, done = false, v = null;
  while (tries < 3 && !done) {
    try { v = fn(); done = true; } catch (e) {
      lastErr = e; tries += 1; stats.retries += 1;
      if (e.code === 'TIMEOUT') { bus.timeouts += 1; if (bus.timeouts % 2 === 0) { bus.resets += 1; bus.stuck = 0; } }
      else if (e.code === 'RANGE') tries = 3;
    }
  }
  if (!done) throw lastErr;
  return v;
}

function readHumidity(bus, st) {
  const w = bus.xfer(0x44, 0), crcT = bus.xfer(0x44, 1), hw = bus.xfer(0x44, 2), crcH = bus.xfer(0x44, 3);
  if (crc8(w >> 8, w & 255) !== crcT || crc8(hw >> 8, hw & 255) !== crcH) { st.crc += 1; throw busError('CRC', 0x44, 0); }
  const tC = -4500 + ((17500 * w) / 65535 | 0), rh = (10000 * hw) / 65535 | 0;
  if (rh > 10000 || tC < -4000) throw busError('RANGE', 0x44, 0);
  return { t: tC, rh: rh };
}
function readPressure(bus, cal) {
  const raw = bus.xfer(0x77, 0) * 256 + (bus.xfer(0x77, 1) >> 4);
  const d = raw - cal.off, p = cal.base + ((d * cal.sens) / 4096 | 0);
  if (p < 80000 || p > 110000) throw busError('RANGE', 0x77, 0);
  return p;
}
function readVane(bus) {
  const adc = bus.xfer(0x48, 0);
  let best = -1, bestD = 1000;
  for (let i = 0; i < 16; i++) { const d = adc > VANE_ADC[i] ? adc - VANE_ADC[i] : VANE_ADC[i] - adc; if (d < bestD) { bestD = d; best = i; } }
  if (bestD > 12) throw busError('RANGE', 0x48, 0);
  return best;
}
function readCounter(bus, addr, last) {
  const c = bus.xfer(addr, 0);
  const d = (c - last.v + 65536) % 65536;
  last.v = c;                                     // resync on a spike, then report it
  if (d > 200) throw busError('RANGE', addr, 0);
  return d;
}

function run() {
  let h = 3;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const world = { t: 0, pulses: 0, tips: 0 };
  world.reg = (addr, reg, r) => {
    const t = world.t;
    if (addr === 0x44) {
      const tw = 26000 + ((t * 13) % 900), hw = 40000 - ((t * 29) % 3000);
      if (reg === 0) return tw; if (reg === 2) return hw;
      const v = crc8(reg === 1 ? tw >> 8 : hw >> 8, reg === 1 ? tw & 255 : hw & 255);
      return r === 99 ? v ^ 1 : v;
    }
    if (addr === 0x77) { if (t >= 60 && t < 85) return 0; const raw = 512000 + ((t * 37) % 4000) + r * 5; return reg === 0 ? raw >> 8 : (raw & 255) << 4; }
    if (addr === 0x48) { const s = ((t / 30 | 0) * 5 + (r > 90 ? 1 : 0)) % 16; return VANE_ADC[s] + (r % 9) - 4 + (r === 97 ? 40 : 0); }
    if (addr === 0x20) { world.pulses += 3 + ((t * 7) % 11) + (r > 96 ? 300 : 0); return world.pulses % 65536; }
    if (t % 7 === 0 && t > 40) world.tips += 1;
    return world.tips;
  };
  const bus = makeBus(world), cal = { off: 500000, sens: 1300, base: 101325 };
  const stats = { retries: 0, crc: 0, stale: 0, watchdog: 0, ok: 0 };
  const pulseLast = { v: 0 }, tipLast = { v: 0 }, staleFor = [0, 0, 0, 0, 0];
  const errs = {};
  const minute = { n: 0, tSum: 0, rhSum: 0, pSum: 0, gust: 0, sectors: [], rain: 0 };
  for (let i = 0; i < 16; i++) minute.sectors.push(0);
  let records = 0, lastDom = 0;
  const task = (k, fn) => {
    let v = null;
    try { v = withRetry(bus, stats, fn); staleFor[k] = 0; stats.ok += 1; } catch (e) {
      errs[e.code] = (errs[e.code] === undefined ? 0 : errs[e.code]) + 1;
      stats.stale += 1; staleFor[k] += 1;
      if (staleFor[k] >= 20) throw busError('WATCHDOG', e.addr, world.t);
    }
    return v;
  };
  for (let t = 0; t < 120; t++) {
    world.t = t;
    try {
      const hum = task(0, () => readHumidity(bus, stats));
      const p = task(1, () => readPressure(bus, cal));
      const sector = task(2, () => readVane(bus));
      const pulses = task(3, () => readCounter(bus, 0x20, pulseLast));
      const tips = task(4, () => readCounter(bus, 0x21, tipLast));
      if (hum !== null) { minute.tSum += hum.t; minute.rhSum += hum.rh; minute.n += 1; add(hum.t + hum.rh); }
      if (p !== null) { minute.pSum += p; add(p % 1000); }
      if (sector !== null) minute.sectors[sector] += 1;
      if (pulses !== null) { if (pulses > minute.gust) minute.gust = pulses; add(pulses); }
      if (tips !== null) minute.rain += tips;
    } catch (e) {
      stats.watchdog += 1; add(e.addr);
      for (let k = 0; k < 5; k++) staleFor[k] = 0;
    }
    if (t % 60 === 59) {
      let dom = 0;
      for (let s = 1; s < 16; s++) if (minute.sectors[s] > minute.sectors[dom]) dom = s;
      const n = minute.n > 0 ? minute.n : 1;
      add(minute.tSum / n | 0); add(minute.rhSum / n | 0); add(minute.gust); add(dom); add(minute.rain);
      minute.n = 0; minute.tSum = 0; minute.rhSum = 0; minute.pSum = 0; minute.gust = 0; minute.rain = 0;
      for (let s = 0; s < 16; s++) minute.sectors[s] = 0;
      records += 1; lastDom = dom;
    }
  }
  const codes = ['NACK', 'ARB', 'TIMEOUT', 'CRC', 'RANGE'];
  let errLine = '';
  for (let i = 0; i < codes.length; i++) { const c = errs[codes[i]] === undefined ? 0 : errs[codes[i]]; errLine += ' ' + codes[i] + '=' + c; add(c); }
  add(stats.retries); add(stats.ok); add(bus.xfers); add(bus.resets);
  const line = 'weather-mast records=' + records + ' xfers=' + bus.xfers + ' retries=' + stats.retries + ' stale=' + stats.stale +
    ' watchdog=' + stats.watchdog + ' resets=' + bus.resets + ' wind=' + SECT[lastDom] + errLine + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
