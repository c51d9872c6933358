// Step counter for a wrist-worn 3-axis accelerometer, 50 Hz, milli-g.
// Each call simulates 20 s of motion: standing still, walking, a pause, a
// stretch of knocks and jolts, running, a slow walk and a stop.
// The signal is built from a 64-entry Q12 sine table (gait at the step
// frequency plus a heel-strike harmonic, a lateral sway at half of it, a
// slowly changing wrist tilt that moves gravity between two axes, and LCG
// noise). The counter takes the integer magnitude of the three axes, a
// 4-sample moving average, a dynamic threshold and precision recomputed
// from each 50-sample window's maximum and minimum, and counts a step on a
// downward crossing of the threshold. Steps must come 0.2 to 2 s apart;
// counting starts only after 4 regular steps in a row (the first four are
// then added at once) and falls back to searching after a long pause.
// Cadence picks a stride length for the distance; each window is also
// classed as still, walking or running by its peak-to-peak swing.
const SIN64 = [0, 401, 799, 1189, 1567, 1931, 2276, 2598, 2896, 3166, 3406, 3612, 3784, 3920, 4017, 4076,
  4096, 4076, 4017, 3920, 3784, 3612, 3406, 3166, 2896, 2598, 2276, 1931, 1567, 1189, 799, 401,
  0, -401, -799, -1189, -1567, -1931, -2276, -2598, -2896, -3166, -3406, -3612, -3784, -3920, -4017, -4076,
  -4096, -4076, -4017, -3920, -3784, -3612, -3406, -3166, -2896, -2598, -2276, -1931, -1567, -1189, -799, -401];
// segments: first sample, kind (0 still, 1 gait, 2 knocks), step period in samples, vertical amplitude
const SEG = [[0, 0, 0, 0], [100, 1, 28, 320], [400, 0, 0, 0], [520, 2, 0, 0], [590, 1, 18, 850], [820, 1, 34, 260], [960, 0, 0, 0]];
const SAMPLES = 1000;
// stride in cm by cadence band (steps per minute / 20)
const STRIDE = [40, 40, 40, 45, 52, 60, 68, 78, 90, 105, 120, 130, 140];

function sin64(p) { return SIN64[p & 63]; }
function cos64(p) { return SIN64[(p + 16) & 63]; }
function idiv(a, b) { return (a - a % b) / b; }
function isqrt(n) {
  let r = 0, bit = 1 << 30;
  while (bit > n) bit >>= 2;
  while (bit !== 0) {
    if (n >= r + bit) { n -= r + bit; r = (r >> 1) + bit; } else r >>= 1;
    bit >>= 2;
  }
  return r;
}
function noise(s) {
  s.seed = (s.seed * 25173 + 13849) % 65536;
  return ((s.seed >> 8) - 128) >> 2;
}
function sample(s, t) {
  while (s.seg + 1 < SEG.length && SEG[s.seg + 1][0] <= t) s.seg += 1;
  const g = SEG[s.seg];
  let v = 1000, lat = 0;
  if (g[1] === 1) {
    s.ph = (s.ph + idiv(16384, g[2])) & 16383;
    const p = s.ph >> 8;
    v += (g[3] * sin64(p) >> 12) + (g[3] * sin64(2 * p + 8) >> 14);
    lat = (g[3] >> 2) * sin64(p >> 1) >> 12;
  } else if (g[1] === 2) {
    if (t % 23 === 0 || t % 23 === 6) v += 1200;
    if (t % 37 === 5) lat = 0 - 900;
  }
  const tilt = 6 + ((t >> 6) & 7);
  s.ax = lat + noise(s);
  s.ay = (v * cos64(tilt) >> 12) + noise(s);
  s.az = (v * sin64(tilt) >> 12) + noise(s);
}
function newCounter() {
  return {
    ring: [0, 0, 0, 0], ri: 0, sum: 0, wmax: 0 - 100000, wmin: 100000, wn: 0,
    thresh: 0, prec: 0, valid: false, old: 0, now: 0, last: 0 - 1000, run: 0,
    counting: false, steps: 0, rejects: 0, regs: 0, dist: 0, maxCad: 0,
    cls: [0, 0, 0], h: 7
  };
}
function step(c, t, ax, ay, az) {
  const m = isqrt(ax * ax + ay * ay + az * az);
  c.sum += m - c.ring[c.ri];
  c.ring[c.ri] = m;
  c.ri = (c.ri + 1) & 3;
  const f = c.sum >> 2;
  if (f > c.wmax) c.wmax = f;
  if (f < c.wmin) c.wmin = f;
  c.wn += 1;
  if (c.wn === 50) {
    const pp = c.wmax - c.wmin;
    c.thresh = (c.wmax + c.wmin) >> 1;
    c.prec = pp >> 3;
    c.valid = pp > 180;
    c.cls[pp < 180 ? 0 : (pp < 900 ? 1 : 2)] += 1;
    c.wmax = 0 - 100000; c.wmin = 100000; c.wn = 0;
  }
  let d = f - c.now;
  if (d < 0) d = 0 - d;
  if (d > c.prec) { c.old = c.now; c.now = f; }
  if (!c.valid || !(c.old > c.thresh && c.now <= c.thresh)) return;
  c.old = c.now;
  const gap = t - c.last;
  if (gap < 10) { c.rejects += 1; return; }
  c.last = t;
  if (gap > 100) {
    if (c.counting) c.regs += 1;
    c.counting = false; c.run = 1;
    return;
  }
  let n = 1;
  if (!c.counting) {
    c.run += 1;
    if (c.run < 4) return;
    c.counting = true; n = 4;
  }
  const cad = idiv(3000, gap);
  if (cad > c.maxCad) c.maxCad = cad;
  let band = idiv(cad, 20);
  if (band >= STRIDE.length) band = STRIDE.length - 1;
  c.steps += n;
  c.dist += n * STRIDE[band];
  c.h = (c.h * 31 + t * 3 + cad) % 1000003;
}

// checksum computed in node
const NODE_SUM = 102198;
let checked = false, expected = 0;
function run() {
  const s = { seed: 4242, seg: 0, ph: 0, ax: 0, ay: 0, az: 0 };
  const c = newCounter();
  let peak = 0;
  for (let t = 0; t < SAMPLES; t++) {
    sample(s, t);
    step(c, t, s.ax, s.ay, s.az);
    if (s.ay > peak) peak = s.ay;
  }
  let h = c.h;
  h = (h * 31 + c.steps) % 1000003;
  h = (h * 31 + c.rejects * 7 + c.regs) % 1000003;
  h = (h * 31 + c.dist + c.maxCad + peak) % 1000003;
  for (let i = 0; i < 3; i++) h = (h * 31 + c.cls[i]) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`imu-pedometer steps=${c.steps} rejects=${c.rejects} pauses=${c.regs} cm=${c.dist} cadence=${c.maxCad} windows=${c.cls[0]}/${c.cls[1]}/${c.cls[2]} peak=${peak} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
