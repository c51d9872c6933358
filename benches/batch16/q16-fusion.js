// Tilt-compensated compass and attitude on a Cortex-M0-class sensor hub in
// Q16.16 fixed point, checked against a floating-point twin of the same
// filter. The IMU is simulated: a board that rolls, pitches and turns, read as
// 16-bit two's-complement registers (high and low bytes, sign-extended with
// << 16 >> 16; the gyro's full scale wraps on the fastest turn and is
// unwrapped by comparing with the previous sample). The fixed-point side
// multiplies Q16 numbers exactly with 16-bit halves, divides through doubles,
// takes angles with a 16-step CORDIC (atan2), sines and cosines from a
// quarter-wave table with interpolation, and square roots by Newton. A
// complementary filter fuses gyro and accelerometer for roll and pitch, and
// gyro and tilt-compensated magnetometer for heading. Timestamps come from a
// 32-bit microsecond counter that wraps during the run. The magnetometer has
// a hard-iron offset that is learned from the range of its readings, and a
// BMP280's raw readings go through the datasheet's integer compensation
// (whose intermediate passes 2^31) into a filtered height.
const NODE_SUM = 726432;
const ONE = 65536, PI = 205887, HALF_PI = 102944, TWO_PI = 411775;            // Q16
const ATAN = [51472, 30386, 16055, 8150, 4091, 2047, 1024, 512, 256, 128, 64, 32, 16, 8, 4, 2];   // atan(2^-i), Q16 rad
const SIN = [];                                       // 65 entries over a quarter wave, Q16
for (let i = 0; i <= 64; i++) {                       // Taylor series at load time (no Math in Microvium)
  const x = i * 1.5707963267948966 / 64;
  let term = x, s = x;
  for (let k = 1; k < 12; k++) { term = -term * x * x / ((2 * k) * (2 * k + 1)); s += term; }
  SIN.push((s * 65536 + 0.5) | 0);
}
const DIG_T = [27504, 26435, -1000], DIG_P = [36477, -10685, 3024, 2855, 140, -7, 15500, -14600, 6000];   // BMP280 datasheet example
let checked = false;

function idiv(a, b) { const r = a % b; return (a - r) / b; }     // integer division of exact doubles, toward 0
function bmp280(adcT, adcP, out) {                    // the datasheet's int32 compensation -> out = [T in 0.01 C, p in Pa]
  let var1 = (((adcT >> 3) - (DIG_T[0] << 1)) * DIG_T[1]) >> 11;
  let var2 = (((((adcT >> 4) - DIG_T[0]) * ((adcT >> 4) - DIG_T[0])) >> 12) * DIG_T[2]) >> 14;
  const tFine = var1 + var2;
  out[0] = (tFine * 5 + 128) >> 8;
  var1 = (tFine >> 1) - 64000;
  var2 = (((var1 >> 2) * (var1 >> 2)) >> 11) * DIG_P[5];
  var2 = var2 + ((var1 * DIG_P[4]) << 1);
  var2 = (var2 >> 2) + (DIG_P[3] * 65536);
  var1 = (((DIG_P[2] * (((var1 >> 2) * (var1 >> 2)) >> 13)) >> 3) + ((DIG_P[1] * var1) >> 1)) >> 18;
  var1 = ((32768 + var1) * DIG_P[0]) >> 15;
  let p = (1048576 - adcP - (var2 >> 12)) * 3125;    // up to about 2^31: the C code needs uint32 here
  p = p < 2147483648 ? idiv(p * 2, var1) : idiv(p, var1) * 2;
  var1 = (DIG_P[8] * (((p >> 3) * (p >> 3)) >> 13)) >> 12;
  var2 = ((p >> 2) * DIG_P[7]) >> 13;
  out[1] = p + ((var1 + var2 + DIG_P[6]) >> 4);
}

function mulQ(a, b) {                                 // (a * b) >> 16 for Q16 a, b, exact
  const ah = a >> 16, al = a & 65535, bh = b >> 16, bl = b & 65535;
  const low = (((al >> 8) * bl) + (((al & 255) * bl) >> 8)) >> 8;
  return ah * bh * 65536 + ah * bl + al * bh + low;
}
function divQ(a, b) { const q = a * 65536 / b; return q < 0 ? -((-q) | 0) : q | 0; }
function sqrtQ(a) { if (a <= 0) return 0; let x = a > ONE ? a >> 1 : ONE; for (let i = 0; i < 12; i++) x = (x + divQ(a, x)) >> 1; return x; }
function sinQ(a) {                                    // a in Q16 rad, any range
  a = a % TWO_PI; if (a < 0) a += TWO_PI;
  let neg = false;
  if (a >= PI) { a -= PI; neg = true; }
  if (a > HALF_PI) a = PI - a;
  const p = a * 64, i = (p / HALF_PI) | 0, fr = p - i * HALF_PI;
  const v = i >= 64 ? SIN[64] : SIN[i] + ((SIN[i + 1] - SIN[i]) * fr / HALF_PI | 0);
  return neg ? -v : v;
}
function cosQ(a) { return sinQ(a + HALF_PI); }
function atan2Q(y, x) {                               // CORDIC vectoring
  let ang = 0;
  if (x < 0) { if (y >= 0) { const t = x; x = y; y = -t; ang = HALF_PI; } else { const t = x; x = -y; y = t; ang = -HALF_PI; } }
  for (let i = 0; i < 16; i++) {
    const dx = x >> i, dy = y >> i;
    if (y > 0) { x += dy; y -= dx; ang += ATAN[i]; } else { x -= dy; y += dx; ang -= ATAN[i]; }
  }
  return ang;
}
function wrapQ(a) { while (a > PI) a -= TWO_PI; while (a < -PI) a += TWO_PI; return a; }
function wrapF(a) { while (a > 3.141592653589793) a -= 6.283185307179586; while (a < -3.141592653589793) a += 6.283185307179586; return a; }
function sinF(x) { return sinQ((x * 65536) | 0) / 65536; }     // the float twin uses the same trig, in doubles
function atan2F(y, x) { return atan2Q((y * 65536) | 0, (x * 65536) | 0) / 65536; }
function reg16(v) {                                   // value -> two register bytes -> sign-extended int16
  const u = v & 65535, hi = u >> 8, lo = u & 255;
  return ((hi << 8) | lo) << 16 >> 16;
}

function run() {
  let seed = 5, h = 29;
  const noise = (n) => { seed = (seed * 1597 + 51749) % 244944; return seed % (2 * n + 1) - n; };
  let roll = 0, pitch = 0, yaw = 0;                   // the truth, radians
  let qr = 0, qp = 0, qy = 0, fr = 0, fp = 0, fy = 0;  // Q16 and float estimates
  let t = 4294000000, prevT = t, prevGz = 0, wraps = 0, maxErr = 0, sumErr = 0, satur = 0;
  const gBias = [37, -22, 15], hard = [40, -25, 12], lo = [32767, 32767, 32767], hi = [-32768, -32768, -32768], off = [0, 0, 0];
  const baro = [0, 0];
  bmp280(519888, 415148, baro);
  const t0 = baro[0], p0 = baro[1];
  let altQ = 0, altMax = 0;
  for (let n = 0; n < 240; n++) {
    const dtUs = 5000 + noise(40);
    t += dtUs; if (t >= 4294967296) t -= 4294967296;
    let el = t - prevT; if (el < 0) el += 4294967296;
    prevT = t;
    const phase = n < 80 ? 0 : (n < 160 ? 1 : 2);
    const wr = phase === 0 ? 0.9 : (phase === 1 ? -0.4 : 0.1), wp = phase === 0 ? 0.3 : (phase === 1 ? 0.5 : -0.6), wy = phase === 2 ? 0.7 + (n - 160) * 0.6 : 0.7;
    roll = wrapF(roll + wr * dtUs / 1e6); pitch = wrapF(pitch + wp * dtUs / 1e6); yaw = wrapF(yaw + wy * dtUs / 1e6);
    // sensor registers: gyro 16.4 LSB per deg/s (+-2000 dps), accel 4096 LSB/g, mag 0.15 uT/LSB
    const raw = [reg16((wr * 939.7 | 0) + gBias[0] + noise(6)), reg16((wp * 939.7 | 0) + gBias[1] + noise(6)), reg16((wy * 939.7 | 0) + gBias[2] + noise(6))];
    const sr = sinF(roll), cr = sinF(roll + 1.5707963267948966), sp = sinF(pitch), cp = sinF(pitch + 1.5707963267948966);
    const ax = reg16((-sp * 4096 | 0) + noise(20)), ay = reg16((sr * cp * 4096 | 0) + noise(20)), az = reg16((cr * cp * 4096 | 0) + noise(20));
    const sy = sinF(yaw), cy = sinF(yaw + 1.5707963267948966);
    const bx = 200 * cy, by = -200 * sy, bz = 280;  // earth field in the board frame (yaw, then tilt)
    const m = [reg16((bx * cp - bz * sp) | 0) + hard[0], reg16((bx * sr * sp + by * cr + bz * sr * cp) | 0) + hard[1], reg16((bx * cr * sp - by * sr + bz * cr * cp) | 0) + hard[2]];
    for (let k = 0; k < 3; k++) {                   // hard-iron calibration: centre of the range seen so far
      if (m[k] < lo[k]) lo[k] = m[k];
      if (m[k] > hi[k]) hi[k] = m[k];
      if (n >= 20) off[k] = (lo[k] + hi[k]) >> 1;
    }
    const mx = m[0] - off[0], my = m[1] - off[1], mz = m[2] - off[2];
    // barometer: the board is lifted about 1.2 m and put back; altitude in Q16 metres, IIR filtered
    bmp280(519888 + noise(8), 415148 + (n < 120 ? n : 240 - n) + noise(3), baro);
    altQ += mulQ(((p0 - baro[1]) * 5524) - altQ, 9830);          // 0.0843 m/Pa, alpha 0.15
    if (altQ > altMax) altMax = altQ;
    // unwrap the yaw gyro: a jump of more than half the range means the register wrapped
    let gz = raw[2];
    if (gz - prevGz > 32768) { gz -= 65536; wraps += 1; } else if (prevGz - gz > 32768) { gz += 65536; wraps += 1; }
    if (wy * 939.7 > 32767) satur += 1;
    prevGz = gz;
    // fixed point: gyro LSB -> Q16 rad/s is * (pi/180/16.4) = * 69.7 ; dt in Q16 seconds
    const dtQ = divQ(el, 1000000), rate = [(raw[0] - gBias[0]) * 70, (raw[1] - gBias[1]) * 70, (gz - gBias[2]) * 70];
    const accR = atan2Q(ay * 16, az * 16), accP = atan2Q(-ax * 16, sqrtQ(mulQ(ay * 16, ay * 16) + mulQ(az * 16, az * 16)));
    qr = wrapQ(accR + mulQ(62259, wrapQ(qr + mulQ(rate[0], dtQ) - accR)));     // alpha 0.95
    qp = wrapQ(accP + mulQ(62259, wrapQ(qp + mulQ(rate[1], dtQ) - accP)));
    const sR = sinQ(qr), cR = cosQ(qr), sP = sinQ(qp), cP = cosQ(qp);
    const hx = mulQ(mx * 256, cP) + mulQ(mulQ(my * 256, sR), sP) + mulQ(mulQ(mz * 256, cR), sP), hy = mulQ(my * 256, cR) - mulQ(mz * 256, sR);
    const magY = atan2Q(-hy, hx);
    qy = wrapQ(magY + mulQ(62259, wrapQ(qy + mulQ(rate[2], dtQ) - magY)));
    // the float twin
    const dt = el / 1e6, gr = (raw[0] - gBias[0]) * 0.0010642, gp = (raw[1] - gBias[1]) * 0.0010642, gy = (gz - gBias[2]) * 0.0010642;
    const faR = atan2F(ay, az), faP = atan2F(-ax, sqrtQ(((ay * ay + az * az) / 256 | 0) * 256) / 256);
    fr = wrapF(faR + 0.95 * wrapF(fr + gr * dt - faR)); fp = wrapF(faP + 0.95 * wrapF(fp + gp * dt - faP));
    const fsR = sinF(fr), fcR = sinF(fr + 1.5707963267948966), fsP = sinF(fp), fcP = sinF(fp + 1.5707963267948966);
    const fhx = mx * fcP + my * fsR * fsP + mz * fcR * fsP, fhy = my * fcR - mz * fsR, fmY = atan2F(-fhy / 256, fhx / 256);
    fy = wrapF(fmY + 0.95 * wrapF(fy + gy * dt - fmY));
    // compare: milliradians
    const e1 = wrapF(qr / 65536 - fr), e2 = wrapF(qp / 65536 - fp), e3 = wrapF(qy / 65536 - fy);
    const em = ((e1 < 0 ? -e1 : e1) + (e2 < 0 ? -e2 : e2) + (e3 < 0 ? -e3 : e3)) * 1000 | 0;
    if (em > maxErr) maxErr = em;
    sumErr += em;
    h = (h * 31 + ((qr >> 4) & 4095) * 4096 + ((qy >> 4) & 4095)) % 1000003;
  }
  const deg = (q) => (q * 180 / PI) | 0;
  const tr = (wrapF(qr / 65536 - roll) * 1000) | 0, tp = (wrapF(qp / 65536 - pitch) * 1000) | 0, ty = (wrapF(qy / 65536 - yaw) * 1000) | 0;
  h = (h * 31 + maxErr) % 1000003;
  h = (h * 31 + (altMax >> 8) + off[0] * 8 + off[1] * 4 + off[2]) % 1000003;
  h = (h * 31 + (sumErr % 100000)) % 1000003;
  h = (h * 31 + wraps * 64 + satur) % 1000003;
  h = (h * 31 + (t % 1000000)) % 1000003;
  const out = 'q16-fusion samples=240 roll=' + deg(qr) + ' pitch=' + deg(qp) + ' yaw=' + deg(qy) + ' err_true_mrad=' + tr + '/' + tp + '/' + ty + ' twin_max=' + maxErr +
    ' twin_sum=' + sumErr + ' wraps=' + wraps + ' sat=' + satur + ' bmp=' + t0 + '/' + p0 + ' lift_cm=' + (altMax * 100 >> 16) + ' hard=' + off[0] + ',' + off[1] + ',' + off[2] + ' t=' + t + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
