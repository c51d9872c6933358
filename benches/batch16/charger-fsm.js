// A Li-ion charger's firmware, driven by an event queue, against a simulated
// cell. The cell (float): an open-circuit-voltage table over state of charge,
// a series resistance, one RC pair and a thermal model. The firmware sees
// only 12-bit ADC codes (voltage divider, shunt, NTC thermistor via a lookup
// table), which arrive as event records with timer, plug and unplug events
// in one FIFO. States are numbers dispatched by switch: idle, detect,
// precharge, constant current, constant voltage, top-off, done, fault and a
// JEITA temperature hold. A safety check throws on over-voltage, over-current
// or over-temperature; the dispatcher catches it, goes to fault and arms a
// retry timer. An integer PI loop sets the PWM duty. The coulomb counter keeps
// uA*ms and a microsecond uptime counter wraps past 2^32. Every transition
// logs a text line with the time in seconds and tenths.
const NODE_SUM = 242152;
const OCV = [3000, 3300, 3450, 3550, 3620, 3680, 3750, 3830, 3920, 4030, 4200];   // mV at 0, 10, ... 100 %
const NTC = [3900, 3700, 3450, 3150, 2800, 2450, 2100, 1750, 1450, 1180, 950];    // ADC code at -10, -2, 6, ... 70 C
const NAMES = ['IDLE', 'DETECT', 'PRE', 'CC', 'CV', 'TOP', 'DONE', 'FAULT', 'HOLD'];
const IDLE = 0, DETECT = 1, PRE = 2, CC = 3, CV = 4, TOP = 5, DONE = 6, FAULT = 7, HOLD = 8;
const EV_ADC = 1, EV_TIMER = 2, EV_PLUG = 3, EV_UNPLUG = 4;
let checked = false;

function tenths(ms) { const d = (ms / 100) | 0; return ((d / 10) | 0) + '.' + (d % 10); }

function socFromMv(mv) {                             // rested voltage -> per mille, inverse OCV table
  if (mv <= OCV[0]) return 0;
  for (let i = 1; i < OCV.length; i++) if (mv < OCV[i]) return (i - 1) * 100 + (((mv - OCV[i - 1]) * 100 / (OCV[i] - OCV[i - 1])) | 0);
  return 1000;
}

function tempFromCode(code) {                      // NTC table, linear interpolation, tenths of a degree
  if (code >= NTC[0]) return -100;
  for (let i = 1; i < NTC.length; i++) {
    if (code >= NTC[i]) return -100 + (i - 1) * 80 + (((NTC[i - 1] - code) * 80) / (NTC[i - 1] - NTC[i]) | 0);
  }
  return 700;
}

function run() {
  let seed = 777, h = 11;
  const noise = (n) => { seed = (seed * 16807) % 2147483647; return seed % (2 * n + 1) - n; };
  // the cell
  const cell = { soc: 0.03, vrc: 0, temp: 25, amb: 25, i: 0, cap: 600 };
  const ocv = (soc) => {
    let x = soc * 10; if (x < 0) x = 0; if (x > 9.999) x = 9.999;
    const k = x | 0;
    return OCV[k] + (OCV[k + 1] - OCV[k]) * (x - k);
  };
  const vbat = () => ocv(cell.soc) + cell.i * 0.12 + cell.vrc;
  // the firmware
  const q = [];
  let qh = 0, timers = [], state = IDLE, duty = 0, integ = 0, target = 0, plugged = false;
  let uptime = 4294960000, chargeUAms = 0, mAh = 0, faults = 0, holds = 0, retries = 0, events = 0, lastI = 0, lastV = 0;
  const log = [], ring = [];
  let ringAt = 0, gauge = -1, gaugeFix = 0, lastT = 0;
  for (let k = 0; k < 8; k++) ring.push('');
  const post = (kind, a, b) => { q.push({ kind: kind, a: a, b: b, t: uptime }); };
  const arm = (id, ms) => {                         // timers sorted by time left
    const nt = []; let put = false, at = ms;
    for (let k = 0; k < timers.length; k++) { if (!put && timers[k].left > ms) { nt.push({ id: id, left: at }); put = true; } nt.push(timers[k]); }
    if (!put) nt.push({ id: id, left: at });
    timers = nt; };
  const go = (s, now) => {
    log.push('t=' + tenths(now) + 's ' + NAMES[state] + '>' + NAMES[s] + ' ' + lastV + 'mV ' + lastI + 'mA');
    h = (h * 31 + state * 16 + s) % 1000003;
    if (s !== CV && s !== TOP) integ = 0;
    state = s;
    if (s === PRE) target = 60; else if (s === CC) target = 600; else if (s === TOP) target = 30;
    if (s === FAULT || s === IDLE || s === DONE || s === HOLD) duty = 0;
  };
  const check = (mv, ma, dt) => {
    if (mv > 4350) throw { code: 1, v: mv };
    if (ma > 900) throw { code: 2, v: ma };
    if (dt > 600) throw { code: 3, v: dt };
  };
  const pi = (err, kp, ki) => { integ += err; if (integ > 18000) integ = 18000; if (integ < -2000) integ = -2000;
    duty = ((err * kp + integ * ki) / 1024) | 0; if (duty < 0) duty = 0; if (duty > 1023) duty = 1023; };
  const handle = (ev, now) => {
    switch (ev.kind) {
      case EV_PLUG: plugged = true; if (state === IDLE) { go(DETECT, now); arm(1, 500); } return;
      case EV_UNPLUG: plugged = false; go(IDLE, now); return;
      case EV_TIMER:
        if (ev.a === 1 && state === DETECT) go(lastV < 3000 ? PRE : CC, now);
        else if (ev.a === 2 && state === FAULT && plugged) { retries += 1; go(DETECT, now); arm(1, 500); }
        else if (ev.a === 3 && state === TOP) go(DONE, now);
        return;
      case EV_ADC: break;
    }
    const mv = (ev.a * 5000 / 4095) | 0, ma = (ev.b * 1000 / 4095) | 0, dt = tempFromCode(ev.t2);
    lastV = mv; lastI = ma;
    try { check(mv, ma, dt); } catch (e) {
      if (state !== FAULT) { faults += 1; h = (h * 31 + e.code * 1000 + (e.v % 1000)) % 1000003; go(FAULT, now); arm(2, 20000); }
      return;
    }
    if ((dt < 0 || dt > 450) && state >= PRE && state <= TOP) { holds += 1; go(HOLD, now); return; }
    switch (state) {
      case HOLD: if (dt > 20 && dt < 420) go(lastV < 3000 ? PRE : CC, now); break;
      case PRE: pi(target - ma, 40, 60); if (mv >= 3000) go(CC, now); break;
      case CC: pi(target - ma, 40, 60); if (mv >= 4200) go(CV, now); break;
      case CV: pi((4200 - mv) * 4, 40, 60); if (ma < 60) { go(TOP, now); arm(3, 120000); } break;
      case TOP: pi(target - ma, 40, 60); if (mv > 4210) integ -= 200; break;
    }
  };
  const script = [[20, EV_PLUG], [820, EV_UNPLUG], [835, EV_PLUG]];
  let si = 0;
  for (let step = 0; step < 1300; step++) {
    const dtMs = 4000;
    // plant
    const vin = 5000, path = 1.6;
    let i = plugged ? (vin * duty / 1023 - vbat()) / path : 0;
    if (i < 0) i = 0;
    cell.i = i / 1000;
    cell.soc += i * dtMs / 3600000 / cell.cap;
    cell.vrc += (i * 0.08 - cell.vrc) * (dtMs / 40000);
    cell.amb = step >= 600 && step < 700 ? 48 : 25;
    cell.temp += ((cell.i * cell.i * 0.12 * 9) - (cell.temp - cell.amb) * 0.05) * (dtMs / 1000);
    // time and charge bookkeeping
    uptime += dtMs * 1000; if (uptime >= 4294967296) uptime -= 4294967296;
    chargeUAms += (i * 1000 | 0) * dtMs;
    while (chargeUAms >= 3600000000) { chargeUAms -= 3600000000; mAh += 1; }
    const now = step * dtMs;
    while (si < script.length && script[si][0] === step) { post(script[si][1], 0, 0); si += 1; }
    // ADC sample (with a glitch on the current channel once)
    const codeV = ((vbat() * 4095 / 5000) | 0) + noise(3);
    let codeI = ((i * 4095 / 1000) | 0) + noise(4);
    if (step === 300) codeI = 4000;
    if (codeI < 0) codeI = 0;
    const tIdx = (cell.temp + 10) / 8;
    const k = tIdx < 0 ? 0 : (tIdx > 9.99 ? 9 : tIdx | 0), fr = tIdx - k;
    const codeT = (NTC[k] + (NTC[k + 1] - NTC[k]) * fr | 0) + noise(2);
    q.push({ kind: EV_ADC, a: codeV, b: codeI, t2: codeT, t: uptime });
    // timers
    while (timers.length > 0 && timers[0].left <= dtMs) { post(EV_TIMER, timers[0].id, 0); const nt = []; for (let k2 = 1; k2 < timers.length; k2++) nt.push(timers[k2]); timers = nt; }
    for (let k2 = 0; k2 < timers.length; k2++) timers[k2].left -= dtMs;
    // drain the queue
    while (qh < q.length) { handle(q[qh], now); qh += 1; events += 1; }
    q.length = 0; qh = 0;
    // fuel gauge: coulomb counting, corrected from the rested voltage when the current is small
    if (gauge < 0) gauge = socFromMv(lastV) * 1000;
    gauge += (lastI * dtMs / 3600 / cell.cap) | 0;                      // per mille * 1000
    if (lastI < 40 && state !== CV && state !== TOP) { const r = socFromMv(lastV) * 1000; if (r - gauge > 20000 || gauge - r > 20000) { gauge = (gauge + r) >> 1; gaugeFix += 1; } }
    if (gauge > 1000000) gauge = 1000000;
    lastT = tempFromCode(codeT);
    if (step % 25 === 0) {                            // telemetry ring: 8 CSV lines
      ring[ringAt] = tenths(now) + ',' + NAMES[state] + ',' + lastV + ',' + lastI + ',' + (lastT / 10 | 0) + '.' + (lastT < 0 ? -lastT : lastT) % 10 + ',' + (gauge / 1000 | 0);
      ringAt = (ringAt + 1) % 8;
    }
    h = (h * 31 + duty + state * 1024) % 1000003;
  }
  const soc = cell.soc * 1000 | 0, tempT = cell.temp * 10 | 0;
  h = (h * 31 + soc) % 1000003;
  h = (h * 31 + mAh * 10 + faults) % 1000003;
  h = (h * 31 + (uptime % 1000000)) % 1000003;
  h = (h * 31 + (gauge / 1000 | 0) * 16 + gaugeFix) % 1000003;
  let tail = '';
  for (let k = log.length - 3; k < log.length; k++) tail += (k > log.length - 3 ? ' | ' : '') + log[k];
  const out = 'charger-fsm events=' + events + ' transitions=' + log.length + ' state=' + NAMES[state] + ' soc=' + soc + ' mAh=' + mAh + ' temp=' + tempT +
    ' faults=' + faults + ' holds=' + holds + ' retries=' + retries + ' up=' + uptime + ' gauge=' + (gauge / 1000 | 0) + '/' + gaugeFix + ' csv=' + ring[(ringAt + 7) % 8] + ' log=' + tail + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
