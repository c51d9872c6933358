// Field-oriented control of a small permanent-magnet motor, all in fixed
// point (per-unit values in Q12, sines in Q15). Each call runs 600 cycles of
// a 10 kHz current loop. The controller calibrates its ADC offsets with the
// bridge idle, then follows a speed ramp, rides out a load step and reverses.
// Every cycle: two 12-bit phase-current samples (offset, noise), Clarke and
// Park transforms with an interpolated quarter-wave sine table and a 12-bit
// encoder angle, PI current loops for d and q with decoupling feed-forward
// and anti-windup, a circular voltage limit with an integer square root,
// inverse Park, space-vector modulation by min/max injection into three
// centre-aligned PWM compare values (sector counted), and an inverter model
// that turns the compare values back into d/q voltages for the motor
// model (R-L windings with cross-coupling, back-EMF, inertia, friction and
// load). A speed PI runs every 10 cycles on the encoder angle difference.
const QSIN = [0, 804, 1608, 2410, 3212, 4011, 4808, 5602, 6393, 7179, 7962, 8739, 9512, 10278, 11039, 11793,
  12539, 13279, 14010, 14732, 15446, 16151, 16846, 17530, 18204, 18868, 19519, 20159, 20787, 21403, 22005, 22594,
  23170, 23731, 24279, 24811, 25329, 25832, 26319, 26790, 27245, 27683, 28105, 28510, 28898, 29268, 29621, 29956,
  30273, 30571, 30852, 31113, 31356, 31580, 31785, 31971, 32137, 32285, 32412, 32521, 32609, 32678, 32728, 32757, 32767];
const CYCLES = 600;
const VMAX = 2900; // voltage circle radius (Q12)
const SECTOR = [0, 1, 3, 2, 5, 6, 4, 0]; // by the signs of a, b, c; 0 is the null vector

function sin8(a) {
  const i = a & 63, q = (a >> 6) & 3;
  if (q === 0) return QSIN[i];
  if (q === 1) return QSIN[64 - i];
  if (q === 2) return 0 - QSIN[i];
  return 0 - QSIN[64 - i];
}
function sin16(t) { const a = (t >> 8) & 255, s0 = sin8(a); return s0 + ((sin8(a + 1) - s0) * (t & 255) >> 8); }
function cos16(t) { return sin16((t + 16384) & 65535); }
function idiv(a, b) { return (a - a % b) / b; }
function clamp(x, lo, hi) { return x < lo ? lo : (x > hi ? hi : x); }
function isqrt(n) {
  let r = 0, bit = 1 << 30;
  while (bit > n) bit >>= 2;
  while (bit !== 0) {
    if (n >= r + bit) { n -= r + bit; r = (r >> 1) + bit; } else r >>= 1;
    bit >>= 2;
  }
  return r;
}
function pi(c, err, lim) {
  let out = (c.kp * err >> 12) + (c.acc >> 8);
  if (out > lim) out = lim;
  else if (out < 0 - lim) out = 0 - lim;
  else c.acc += c.ki * err >> 4;
  c.acc = clamp(c.acc, 0 - (lim << 8), lim << 8);
  return out;
}
// the motor: d/q currents, speed and electrical angle
function plant(m, vd, vq) {
  const wl = m.w * 2048 >> 12;
  const did = (vd - (819 * m.id >> 12) + (wl * m.iq >> 12)) * 205 >> 12;
  const diq = (vq - (819 * m.iq >> 12) - (wl * m.id >> 12) - (m.w * 3277 >> 12)) * 205 >> 12;
  m.id += did; m.iq += diq;
  m.w += (m.iq - m.load - (m.w >> 4)) * 24 >> 12;
  m.theta = (m.theta + (m.w * 1311 >> 12)) & 65535;
}
function adc(m, c, k) {
  const s = sin16(m.theta), co = cos16(m.theta);
  const ia = (m.id * co - m.iq * s) >> 15;
  const ib = ((0 - ia) >> 1) + (((m.id * s + m.iq * co) >> 15) * 28378 >> 15);
  c.seed = (c.seed * 25173 + 13849) % 65536;
  const n = (c.seed >> 14) - 2;
  return [clamp(2061 + (ia >> 2) + n, 0, 4095), clamp(2035 + (ib >> 2) - n, 0, 4095)];
}
function newPi(kp, ki) { return { kp, ki, acc: 0 }; }

// checksum computed in node
const NODE_SUM = 541755;
let checked = false, expected = 0;
function run() {
  const m = { id: 0, iq: 0, w: 0, theta: 5000, load: 0 };
  const c = { seed: 77, offA: 0, offB: 0, prev: 0, wm: 0, iqRef: 0 };
  const pd = newPi(8192, 1200), pq = newPi(8192, 1200), ps = newPi(12288, 300);
  const sectors = [0, 0, 0, 0, 0, 0, 0];
  let h = 9, sat = 0, errSum = 0, peakIq = 0, minW = 0, maxW = 0;
  for (let k = 0; k < CYCLES; k++) {
    const s = adc(m, c, k);
    if (k < 16) { c.offA += s[0]; c.offB += s[1]; plant(m, 0, 0); }
    else {
      if (k === 16) { c.offA >>= 4; c.offB >>= 4; c.prev = m.theta & 0xFFF0; }
      const ia = (s[0] - c.offA) << 2, ib = (s[1] - c.offB) << 2;
      const ial = ia, ibe = (ia + 2 * ib) * 18919 >> 15;
      const th = m.theta & 0xFFF0, sn = sin16(th), cs = cos16(th);
      const id = (ial * cs + ibe * sn) >> 15, iq = (ibe * cs - ial * sn) >> 15;
      if (k % 10 === 0) {
        let d = (th - c.prev) & 65535;
        if (d > 32767) d -= 65536;
        c.prev = th;
        c.wm = d * 5119 >> 14;
        const ref = k < 300 ? (k - 16) * 11 : (k < 450 ? 3124 : 0 - 1638);
        c.iqRef = pi(ps, ref - c.wm, 6144);
        errSum += ref > c.wm ? ref - c.wm : c.wm - ref;
      }
      if (k === 350) m.load = 2048;
      const wl = c.wm * 2048 >> 12;
      let vd = pi(pd, 0 - id, 4096) - (wl * iq >> 12);
      let vq = pi(pq, c.iqRef - iq, 4096) + (wl * id >> 12) + (c.wm * 3277 >> 12);
      vd = clamp(vd, 0 - 8192, 8192); vq = clamp(vq, 0 - 8192, 8192);
      const mag = vd * vd + vq * vq;
      if (mag > VMAX * VMAX) { const r = isqrt(mag); vd = idiv(vd * VMAX, r); vq = idiv(vq * VMAX, r); sat += 1; }
      const va = (vd * cs - vq * sn) >> 15, vbe = (vd * sn + vq * cs) >> 15;
      const vb = ((0 - va) >> 1) + (vbe * 28378 >> 15), vc = ((0 - va) >> 1) - (vbe * 28378 >> 15);
      const mx = va > vb ? (va > vc ? va : vc) : (vb > vc ? vb : vc), mn = va < vb ? (va < vc ? va : vc) : (vb < vc ? vb : vc);
      const off = (mx + mn) >> 1;
      const da = clamp(500 + ((va - off) * 577 >> 12), 0, 1000), db = clamp(500 + ((vb - off) * 577 >> 12), 0, 1000), dc = clamp(500 + ((vc - off) * 577 >> 12), 0, 1000);
      sectors[SECTOR[(va >= 0 ? 1 : 0) + (vb >= 0 ? 2 : 0) + (vc >= 0 ? 4 : 0)]] += 1;
      h = (h * 31 + da * 3 + db * 5 + dc) % 1000003;
      // inverter: compare values back to phase voltages, Clarke and Park on the true angle
      const pa = (da - 500) * 29077 >> 12, pb = (db - 500) * 29077 >> 12, pc = (dc - 500) * 29077 >> 12;
      const pal = (2 * pa - pb - pc) * 10923 >> 15, pbe = (pb - pc) * 18919 >> 15;
      const ts = sin16(m.theta), tc = cos16(m.theta);
      plant(m, (pal * tc + pbe * ts) >> 15, (pbe * tc - pal * ts) >> 15);
      if (m.iq > peakIq) peakIq = m.iq;
      if (m.w < minW) minW = m.w;
      if (m.w > maxW) maxW = m.w;
    }
  }
  h = (h * 31 + sat + (errSum & 0xFFFF) + peakIq + (m.w & 0xFFFF) + (m.theta & 0xFFFF)) % 1000003;
  for (let i = 0; i < 7; i++) h = (h * 7 + sectors[i]) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`foc-motor off=${c.offA},${c.offB} sat=${sat} err=${errSum} peak_iq=${peakIq} w=${minW}..${maxW}/${m.w} sectors=${sectors[1]},${sectors[2]},${sectors[3]},${sectors[4]},${sectors[5]},${sectors[6]}/${sectors[0]} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
