// Relay auto-tuning of a PID temperature loop (Astrom-Hagglund method), as
// a reflow-oven or 3D-printer hot-end controller does it at first power-up.
// The plant is a heater block: two thermal masses (element and block) with
// losses to ambient, a 4 s transport delay (a ring buffer), and a little
// deterministic sensor noise. Each call:
//  1. relay test around 200 C: heater at bias +/- d with hysteresis; the
//     peaks of the oscillation give the ultimate period Tu and amplitude a,
//     Ku = 4d / (pi a), after the first two cycles are thrown away;
//  2. three rule sets (Ziegler-Nichols, Tyreus-Luyben, Pessen integral)
//     turn (Ku, Tu) into PID gains;
//  3. each PID runs a 300 s step test from 150 to 210 C and down to 180:
//     derivative on measurement with a first-order filter, clamped output
//     and conditional integration (anti-windup); overshoot, settling time
//     and integrated absolute error are scored.
// All arithmetic is floating point; only scaled, truncated integers go
// into the printed line and the checksum.
const PI = 3.141592653589793;
const DT = 0.5;
const NODE_SUM = 206931;

// State lives in closures and results in short arrays: with class instances
// or object literals kept alive across a collection, Microvium 8's C host
// corrupted its heap (the collector bug of the anchor README).
function makeDelay(n, v) {
  const buf = [];
  for (let i = 0; i < n; i++) buf.push(v);
  let pos = 0;
  return (x) => { const out = buf[pos]; buf[pos] = x; pos = (pos + 1) % n; return out; };
}

function makePlant(t0) {
  let elem = t0, block = t0, noise = 1;
  const ambient = 25, delay = makeDelay(8, t0);
  return (powerPct) => {
    const p = powerPct * 6.0;                 // 600 W at 100 %
    const flow = (elem - block) * 4.0;        // W per K between the masses
    elem += DT * (p - flow) / 45.0;
    block += DT * (flow - (block - ambient) * 1.1) / 180.0;
    noise = (noise * 75 + 74) % 65537;
    return delay(block) + (noise - 32768) / 655360;
  };
}

function relayTest() {
  const plant = makePlant(150);
  const sp = 200, bias = 40, d = 30, hyst = 0.4;
  let out = bias + d, t = 0, y = plant(out);
  let hi = -1e9, lo = 1e9, lastPeak = -1, cycles = 0, sumT = 0, sumA = 0, used = 0;
  while (t < 2400 && used < 4) {
    y = plant(out);
    t += DT;
    if (y > hi) hi = y;
    if (y < lo) lo = y;
    if (out > bias && y > sp + hyst) {
      out = bias - d;
    } else if (out < bias && y < sp - hyst) {
      out = bias + d;                   // a rising edge starts a new cycle
      if (lastPeak >= 0) {
        cycles++;
        if (cycles > 2) { sumT += t - lastPeak; sumA += (hi - lo) / 2; used++; }
      }
      lastPeak = t; hi = -1e9; lo = 1e9;
    }
  }
  const tu = sumT / used, a = sumA / used;
  return [4 * d / (PI * a), tu, a, t, cycles];
}

function makePid(kp, ti, td) {
  let integ = 0, prevY = 0, dFilt = 0, first = true;
  const alpha = td > 0 ? DT / (DT + td / 8) : 1;
  return (sp, y) => {
    if (first) { prevY = y; first = false; }
    const e = sp - y;
    dFilt += alpha * ((prevY - y) / DT - dFilt);
    prevY = y;
    let u = kp * (e + integ + td * dFilt);
    const windup = (u > 100 && e > 0) || (u < 0 && e < 0);
    if (!windup && ti > 0) { integ += e * DT / ti; u = kp * (e + integ + td * dFilt); }
    return u > 100 ? 100 : (u < 0 ? 0 : u);
  };
}

function stepTest(rule) {
  const plant = makePlant(150);
  const pid = makePid(rule[1], rule[2], rule[3]);
  let y = 150, u = 0, iae = 0, peak = 0, settle = 0, sp = 150, t = 0;
  for (let k = 0; k < 600; k++) {
    sp = k < 20 ? 150 : (k < 400 ? 210 : 180);
    u = pid(sp, y);
    y = plant(u);
    t = k * DT;
    const err = y > sp ? y - sp : sp - y;
    iae += err * DT;
    if (k >= 20 && k < 400 && y - 210 > peak) peak = y - 210;
    if (err > 1.0 && k < 400) settle = t - 10;
  }
  return [iae, peak, settle, y];
}

let checked = false;

function run() {
  const r = relayTest();
  const ku = r[0], tu = r[1];
  const rules = [                                    // name, Kp, Ti, Td
    ['zn', 0.6 * ku, tu / 2, tu / 8],
    ['tl', ku / 2.2, 2.2 * tu, tu / 6.3],
    ['pe', 0.7 * ku, 0.4 * tu, 0.15 * tu],
  ];
  let h = 17, line = 'relay-autotune ku=' + ((ku * 1000) | 0) + 'm tu=' + ((tu * 100) | 0) + 'cs a=' +
    ((r[2] * 1000) | 0) + 'mK cycles=' + r[4] + ' t=' + ((r[3] * 100) | 0) + 'cs';
  h = (h * 31 + ((ku * 1e4) | 0)) % 1000003;
  h = (h * 31 + ((tu * 1e3) | 0)) % 1000003;
  for (let i = 0; i < rules.length; i++) {
    const s = stepTest(rules[i]);
    const iae = (s[0] * 10) | 0, os = (s[1] * 1000) | 0, st = (s[2] * 100) | 0;
    line += ' ' + rules[i][0] + '=' + iae + '/' + os + '/' + st;
    h = (h * 31 + iae) % 1000003;
    h = (h * 31 + os) % 1000003;
    h = (h * 31 + st + ((s[3] * 1000) | 0)) % 1000003;
  }
  line += ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
