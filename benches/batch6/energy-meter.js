// The metrology loop of a single-phase energy meter. A 24-bit sigma-delta
// front end delivers voltage and current as big-endian three-byte words in
// an SPI burst; the firmware sign-extends them, drops them to 16 bits,
// removes offsets and applies gains in Q13 (8192 = 1.0, so the calibration
// values sit on both sides of the 14-bit boundary: 8191, 8192, 8193,
// -8192), delays the current for phase compensation through a ring index
// that goes negative, and accumulates V^2, I^2 and V*I in floats (the sums
// pass 2^31). Per 50 Hz cycle it derives RMS values (Newton square root),
// active and apparent power, power factor and the line frequency from
// interpolated zero crossings. Energy goes into a 16-bit hardware-style
// register that wraps (read back with (now - prev) & 0xffff), a float Wh
// total, and signed import/export remainders carried with % on negative
// numbers. A status word with bit 31 set is shown with >>> 0.
const SIN80 = [
  0, 2571, 5126, 7649, 10126, 12539, 14876, 17121, 19260, 21280, 23170, 24916, 26509, 27938, 29196, 30273,
  31163, 31862, 32364, 32666, 32767, 32666, 32364, 31862, 31163, 30273, 29196, 27938, 26509, 24916, 23170, 21280,
  19260, 17121, 14876, 12539, 10126, 7649, 5126, 2571, 0, -2571, -5126, -7649, -10126, -12539, -14876, -17121,
  -19260, -21280, -23170, -24916, -26509, -27938, -29196, -30273, -31163, -31862, -32364, -32666, -32767, -32666,
  -32364, -31862, -31163, -30273, -29196, -27938, -26509, -24916, -23170, -21280, -19260, -17121, -14876, -12539,
  -10126, -7649, -5126, -2571
];
const N = 80, FS = 4000;                 // samples per cycle, sample rate in Hz
const CAL = { vGain: 8193, iGain: 8191, vOffset: -8192, iOffset: 8191, phase: -3 };
const V_LSB = 0.02118, I_LSB = 0.001755;  // volts and amps per corrected count
const WH_PER_LSB = 0.0005;                // energy register resolution

// Scenario per cycle: voltage and current amplitude (x SIN80), current lag in
// samples (negative: lead; 40: export), the front end's DC bias in 24-bit
// counts (about +-8192 after the drop to 16 bits) and the harmonic level.
const SCENARIO = [
  { va: 120, ia: 63, lag: 4, vdc: 2097152, idc: -2096896, h3: 3 },
  { va: 121, ia: 64, lag: 4, vdc: 2097152, idc: -2096896, h3: 3 },
  { va: 119, ia: 90, lag: -2, vdc: 2097151, idc: -2096897, h3: 0 },
  { va: 120, ia: 31, lag: 40, vdc: 2097152, idc: -2096896, h3: 5 },
  { va: 118, ia: 127, lag: 10, vdc: 2097408, idc: -2096640, h3: 11 },
  { va: 122, ia: 2, lag: 0, vdc: 2097152, idc: -2096896, h3: 0 }
];

function pack(buf, o, v) { buf[o] = (v >> 16) & 255; buf[o + 1] = (v >> 8) & 255; buf[o + 2] = v & 255; }
function unpack(buf, o) { return ((buf[o] << 24) | (buf[o + 1] << 16) | (buf[o + 2] << 8)) >> 8; }
function sqrtNewton(x) {
  if (x <= 0) return 0;
  let r = x > 1 ? x / 2 : 1;
  for (let k = 0; k < 40; k++) {
    const nr = (r + x / r) / 2;
    if (nr === r) break;
    r = nr;
  }
  return r;
}

// One cycle of the SPI burst: 80 x (V, I) as 6 bytes per sample.
function synth(buf, s, t0) {
  for (let n = 0; n < N; n++) {
    const vi = (n + t0) % N;
    let ii = (n + t0 - s.lag) % N;
    if (ii < 0) ii += N;
    const v = SIN80[vi] * s.va + SIN80[(3 * vi) % N] * s.h3 + s.vdc;
    const i = SIN80[ii] * s.ia + SIN80[(5 * ii) % N] * (s.h3 >> 1) + s.idc;
    pack(buf, n * 6, v);
    pack(buf, n * 6 + 3, i);
  }
}

const burst = [], vRing = [], iRing = [];
for (let k = 0; k < N * 6; k++) burst.push(0);
for (let k = 0; k < N; k++) { vRing.push(0); iRing.push(0); }

let checked = false;
function run() {
  let energyReg = 65400, prevReg = 65400, regTotal = 0, wh = 0, rem = 0, impRem = 0, expRem = 0, imports = 0, exports = 0;
  let prevV = 0, lastCross = -1, periods = 0, periodSum = 0, t = 0, check = 0, status = 0, minV = 8192, maxV = -8192;
  let vrms = 0, irms = 0, p = 0, s = 0, pf = 0, freq = 0;
  for (let k = 0; k < N; k++) { vRing[k] = 0; iRing[k] = 0; }
  for (let c = 0; c < SCENARIO.length * 2; c++) {
    const sc = SCENARIO[c % SCENARIO.length];
    synth(burst, sc, 0);
    let sv = 0, si = 0, sp = 0;
    for (let n = 0; n < N; n++) {
      const v16 = unpack(burst, n * 6) >> 8, i16 = unpack(burst, n * 6 + 3) >> 8;
      const v = ((v16 + CAL.vOffset) * CAL.vGain) >> 13;
      const iNow = ((i16 + CAL.iOffset) * CAL.iGain) >> 13;
      vRing[n] = v; iRing[n] = iNow;
      let k = (n + CAL.phase) % N;          // -3 % 80 is -3
      if (k < 0) k += N;
      const i = iRing[k];
      sv += v * v; si += i * i; sp += v * i;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
      if (prevV < 0 && v >= 0) {            // rising zero crossing, interpolated
        const at = t + n - 1 + prevV / (prevV - v);
        if (lastCross >= 0) { periodSum += at - lastCross; periods++; }
        lastCross = at;
      }
      prevV = v;
    }
    t += N;
    vrms = sqrtNewton(sv / N) * V_LSB;
    irms = sqrtNewton(si / N) * I_LSB;
    p = sp / N * V_LSB * I_LSB;
    s = vrms * irms;
    pf = s > 0 ? p / s : 0;
    const dWh = p * N / FS / 3600;
    wh += dWh;
    // the register counts |energy| in LSBs; the fraction carries over
    rem += (dWh < 0 ? -dWh : dWh) / WH_PER_LSB;
    const whole = rem - (rem % 1);
    rem -= whole;
    energyReg = (energyReg + whole) & 0xffff;
    const delta = (energyReg - prevReg) & 0xffff;
    prevReg = energyReg;
    regTotal += delta;
    // signed pulse remainders: % keeps the sign of the dividend
    if (dWh >= 0) {
      impRem += dWh * 100;
      imports += (impRem - (impRem % 1));
      impRem = impRem % 1;
    } else {
      expRem += dWh * 100;
      exports += (expRem - (expRem % 1));
      expRem = expRem % 1;
    }
    if (pf < 0.5 && pf > -0.5) status |= 1 << (c & 7);
    if (p < 0) status |= 1 << 31;
    check = (check * 31 + ((vrms * 1000) | 0) + ((irms * 1000) | 0) + ((p * 100) | 0) + delta) % 1000003;
  }
  freq = periods > 0 ? FS / (periodSum / periods) : 0;
  const edge = (maxV - 8191) + (minV + 8192) + (-8192 % 8191) + (8192 % -3) + ((16384 / 2) === 8191 + 1 ? 1 : 0) + (-(minV) > 8192 ? 2 : 0);
  const r = (check + ((freq * 1000) | 0) + energyReg + regTotal + edge + (status >>> 16)) % 1000003;
  if (!checked) {
    checked = true;
    print('energy-meter ' + ((vrms * 1000) | 0) + ' ' + ((irms * 1000) | 0) + ' ' + ((p * 100) | 0) + ' ' + ((pf * 1000) | 0) +
      ' ' + ((freq * 1000) | 0) + ' ' + ((wh * 1e6) | 0) + ' ' + energyReg + ' ' + regTotal + ' ' + imports + '/' + exports +
      ' ' + ((expRem * 1e6) | 0) + ' ' + minV + '..' + maxV + ' ' + edge + ' ' + (status >>> 0) + ' ' + r);
  }
  return r;
}
vmExport(0, run);
