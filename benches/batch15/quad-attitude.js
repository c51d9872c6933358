// One flight of a quadcopter's inner loops at 250 Hz, with the airframe
// simulated alongside. Estimation: a Mahony complementary filter on a
// quaternion (gyro integration corrected by the accelerometer's gravity
// direction, with an integral term for gyro bias) and a two-state Kalman
// filter for height and climb rate (accelerometer as input, barometer at
// 50 Hz as measurement). Control: quaternion attitude error -> angle P ->
// rate PID with a biquad low-pass on the D term; height PID -> thrust; an X
// mixer with clamping. The controllers are classes that share method names
// (update, reset): RatePid wraps a Pid and overrides update. The mission:
// take off to 1 m, roll 12 degrees, yaw 30 degrees, level out.
// Square roots by Newton's method, sin and cos of half angles by series.
const NODE_SUM = 173982;
const DT = 0.004, G = 9.81, MASS = 1.2, IXX = 0.012, IYY = 0.012, IZZ = 0.022, ARM = 0.17, KYAW = 0.02, TMAX = 8;

function sqrtN(x) {
  if (x <= 0) return 0;
  let s = x > 1 ? x : 1;
  for (let i = 0; i < 20; i++) { const n = 0.5 * (s + x / s); if (n >= s) return s; s = n; }
  return s;
}
function sinS(x) { const x2 = x * x; return x * (1 - x2 / 6 * (1 - x2 / 20 * (1 - x2 / 42))); }
function cosS(x) { const x2 = x * x; return 1 - x2 / 2 * (1 - x2 / 12 * (1 - x2 / 30)); }
function qmul(a, b) {
  return [a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3], a[0] * b[1] + a[1] * b[0] + a[2] * b[3] - a[3] * b[2],
    a[0] * b[2] - a[1] * b[3] + a[2] * b[0] + a[3] * b[1], a[0] * b[3] + a[1] * b[2] - a[2] * b[1] + a[3] * b[0]];
}
function qnorm(q) { const n = sqrtN(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]); for (let i = 0; i < 4; i++) q[i] /= n; }
function integrate(q, wx, wy, wz, dt) {            // q += 0.5 q (0, w) dt, then normalise
  const d = qmul(q, [0, wx, wy, wz]);
  for (let i = 0; i < 4; i++) q[i] += 0.5 * d[i] * dt;
  qnorm(q);
}
function fromEuler(roll, pitch, yaw) {
  const cr = cosS(roll / 2), sr = sinS(roll / 2), cp = cosS(pitch / 2), sp = sinS(pitch / 2), cy = cosS(yaw / 2), sy = sinS(yaw / 2);
  return [cr * cp * cy + sr * sp * sy, sr * cp * cy - cr * sp * sy, cr * sp * cy + sr * cp * sy, cr * cp * sy - sr * sp * cy];
}
function gravityBody(q) {                          // earth z axis seen in the body frame
  return [2 * (q[1] * q[3] - q[0] * q[2]), 2 * (q[0] * q[1] + q[2] * q[3]), q[0] * q[0] - q[1] * q[1] - q[2] * q[2] + q[3] * q[3]];
}

class Biquad {                                     // low-pass, direct form II transposed
  constructor(b0, b1, b2, a1, a2) { this.b0 = b0; this.b1 = b1; this.b2 = b2; this.a1 = a1; this.a2 = a2; this.z1 = 0; this.z2 = 0; }
  step(x) { const y = this.b0 * x + this.z1; this.z1 = this.b1 * x - this.a1 * y + this.z2; this.z2 = this.b2 * x - this.a2 * y; return y; }
  reset() { this.z1 = 0; this.z2 = 0; }
}
class Pid {
  constructor(kp, ki, kd, limit) { this.kp = kp; this.ki = ki; this.kd = kd; this.limit = limit; this.i = 0; this.last = 0; }
  update(err, dt) {
    this.i += err * this.ki * dt;
    if (this.i > this.limit) this.i = this.limit; else if (this.i < -this.limit) this.i = -this.limit;
    const d = (err - this.last) / dt;
    this.last = err;
    return this.kp * err + this.i + this.kd * d;
  }
  reset() { this.i = 0; this.last = 0; }
}
class RatePid {                                    // D on measurement, low-passed; feed-forward of the setpoint change
  constructor(kp, ki, kd, ff) { this.pid = new Pid(kp, ki, 0, 0.3); this.kd = kd; this.ff = ff; this.lp = new Biquad(0.0675, 0.135, 0.0675, -1.143, 0.413); this.lastRate = 0; this.lastSet = 0; }
  update(set, rate, dt) {
    const d = this.lp.step((rate - this.lastRate) / dt), f = (set - this.lastSet) / dt;
    this.lastRate = rate; this.lastSet = set;
    return this.pid.update(set - rate, dt) - this.kd * d + this.ff * f;
  }
  reset() { this.pid.reset(); this.lp.reset(); this.lastRate = 0; this.lastSet = 0; }
}
class Kalman2 {                                    // state: height, climb rate; input: vertical acceleration
  constructor(q, r) { this.z = 0; this.v = 0; this.p00 = 1; this.p01 = 0; this.p11 = 1; this.q = q; this.r = r; }
  predict(a, dt) {
    this.z += this.v * dt + 0.5 * a * dt * dt; this.v += a * dt;
    this.p00 += dt * (2 * this.p01 + dt * this.p11) + this.q * dt * dt * dt * dt / 4;
    this.p01 += dt * this.p11 + this.q * dt * dt * dt / 2; this.p11 += this.q * dt * dt;
  }
  update(meas) {
    const s = this.p00 + this.r, k0 = this.p00 / s, k1 = this.p01 / s, e = meas - this.z;
    this.z += k0 * e; this.v += k1 * e;
    this.p11 -= k1 * this.p01; this.p01 -= k0 * this.p01; this.p00 -= k0 * this.p00;
  }
}

let checked = false;

function run() {
  let seed = 8080, h = 29, sat = 0, steps = 0;
  const noise = (a) => { seed = (seed * 8121 + 28411) % 134456; return a * (seed / 67228 - 1); };
  // truth
  const tq = fromEuler(0.02, -0.01, 0), w = [0, 0, 0], bias = [0.015, -0.01, 0.005];
  let z = 0, vz = 0;
  // flight controller state
  const q = [1, 0, 0, 0], integ = [0, 0, 0], kf = new Kalman2(4, 0.09);
  const rate = [new RatePid(0.09, 0.4, 0.0025, 0.004), new RatePid(0.09, 0.4, 0.0025, 0.004), new RatePid(0.15, 0.3, 0, 0)];
  const height = new Pid(3.2, 1.1, 1.6, 2), angleP = [6, 6, 4];
  const motors = [0, 0, 0, 0];
  for (let k = 0; k < 400; k++) {
    const t = k * DT;
    // sensors: gyro with bias and noise; accelerometer: gravity in body axes (drag keeps horizontal
    // acceleration small) plus the thrust surplus along body z; barometer at 50 Hz
    const gyro = [w[0] + bias[0] + noise(0.02), w[1] + bias[1] + noise(0.02), w[2] + bias[2] + noise(0.02)];
    const thrust = motors[0] + motors[1] + motors[2] + motors[3], gb = gravityBody(tq);
    const acc = [G * gb[0] + noise(0.3), G * gb[1] + noise(0.3), G * gb[2] + thrust / MASS - G + noise(0.3)];
    // Mahony filter
    const an = sqrtN(acc[0] * acc[0] + acc[1] * acc[1] + acc[2] * acc[2]), v = gravityBody(q);
    const ax = acc[0] / an, ay = acc[1] / an, az = acc[2] / an;
    const ex = ay * v[2] - az * v[1], ey = az * v[0] - ax * v[2], ez = ax * v[1] - ay * v[0];
    integ[0] += 0.05 * ex * DT; integ[1] += 0.05 * ey * DT; integ[2] += 0.05 * ez * DT;
    const gx = gyro[0] + 1.2 * ex + integ[0], gy = gyro[1] + 1.2 * ey + integ[1], gz = gyro[2] + 1.2 * ez + integ[2];
    integrate(q, gx, gy, gz, DT);
    // height estimate: earth-frame vertical acceleration from the estimated attitude
    const ev = gravityBody(q);
    kf.predict(acc[0] * ev[0] + acc[1] * ev[1] + acc[2] * ev[2] - G, DT);
    if (k % 5 === 0) kf.update(z + noise(0.25));
    // mission and control
    const target = fromEuler(t > 0.6 && t < 1.2 ? 0.21 : 0, 0, t > 1.0 ? 0.52 : 0);
    const err = qmul([target[0], -target[1], -target[2], -target[3]], q);
    const sgn = err[0] < 0 ? -1 : 1, want = t < 0.2 ? 0.3 : 1;
    const torque = [];
    for (let a = 0; a < 3; a++) torque.push(rate[a].update(-2 * sgn * err[a + 1] * angleP[a], gx * (a === 0 ? 1 : 0) + gy * (a === 1 ? 1 : 0) + gz * (a === 2 ? 1 : 0), DT));
    const tilt = ev[2] > 0.5 ? ev[2] : 0.5;
    const base = (MASS * G + MASS * height.update(want - kf.z, DT)) / tilt / 4;
    const mix = [base - torque[0] / ARM / 4 + torque[1] / ARM / 4 + torque[2] / KYAW / 4, base + torque[0] / ARM / 4 - torque[1] / ARM / 4 + torque[2] / KYAW / 4,
      base + torque[0] / ARM / 4 + torque[1] / ARM / 4 - torque[2] / KYAW / 4, base - torque[0] / ARM / 4 - torque[1] / ARM / 4 - torque[2] / KYAW / 4];
    for (let m = 0; m < 4; m++) {
      const c = mix[m] < 0 ? 0 : (mix[m] > TMAX ? TMAX : mix[m]);
      if (c !== mix[m]) sat += 1;
      motors[m] = motors[m] + (c - motors[m]) * 0.3;   // motor lag
    }
    // airframe: rotational and vertical dynamics
    const tx = ARM * (-motors[0] + motors[1] + motors[2] - motors[3]), ty = ARM * (motors[0] - motors[1] + motors[2] - motors[3]);
    const tz = KYAW * (motors[0] + motors[1] - motors[2] - motors[3]);
    w[0] += (tx - (IZZ - IYY) * w[1] * w[2]) / IXX * DT; w[1] += (ty - (IXX - IZZ) * w[0] * w[2]) / IYY * DT; w[2] += tz / IZZ * DT;
    integrate(tq, w[0], w[1], w[2], DT);
    const az2 = (motors[0] + motors[1] + motors[2] + motors[3]) / MASS * gb[2] - G;
    vz += az2 * DT; z += vz * DT;
    if (z < 0) { z = 0; vz = 0; }
    steps += 1;
    if (k % 10 === 9) for (let m = 0; m < 4; m++) h = (h * 31 + ((motors[m] * 1000) | 0)) % 1000003;
  }
  const tg = gravityBody(tq), eg = gravityBody(q);
  const tiltErr = ((1 - (tg[0] * eg[0] + tg[1] * eg[1] + tg[2] * eg[2])) * 1e6) | 0;
  h = (h * 31 + ((z * 1000) | 0) + 1000) % 1000003;
  h = (h * 31 + ((kf.z * 1000) | 0) + 1000) % 1000003;
  for (let i = 0; i < 4; i++) h = (h * 31 + ((q[i] * 10000) | 0) + 10000) % 1000003;
  h = (h * 31 + sat + tiltErr) % 1000003;
  const out = 'quad-attitude steps=' + steps + ' height=' + ((z * 1000) | 0) + 'mm est=' + ((kf.z * 1000) | 0) + 'mm climb=' + ((vz * 1000) | 0) + 'mm/s q=' +
    ((q[0] * 1000) | 0) + '/' + ((q[1] * 1000) | 0) + '/' + ((q[2] * 1000) | 0) + '/' + ((q[3] * 1000) | 0) + ' true=' + ((tq[0] * 1000) | 0) + '/' +
    ((tq[1] * 1000) | 0) + '/' + ((tq[2] * 1000) | 0) + '/' + ((tq[3] * 1000) | 0) + ' tilt_err=' + tiltErr + 'ppm sat=' + sat + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
