// Tilt estimation on an IMU (floats): a two-state Kalman filter (angle and
// gyro bias, as in the common TKJ Arduino filter) and a complementary
// filter, fed with a simulated noisy accelerometer angle and a biased gyro.
class Kalman {
  constructor() {
    this.qAngle = 0.001; this.qBias = 0.003; this.rMeasure = 0.03;
    this.angle = 0; this.bias = 0;
    this.p00 = 0; this.p01 = 0; this.p10 = 0; this.p11 = 0;
  }
  update(newAngle, rate, dt) {
    const r = rate - this.bias;
    this.angle += dt * r;
    this.p00 += dt * (dt * this.p11 - this.p01 - this.p10 + this.qAngle);
    this.p01 -= dt * this.p11;
    this.p10 -= dt * this.p11;
    this.p11 += this.qBias * dt;
    const s = this.p00 + this.rMeasure;
    const k0 = this.p00 / s, k1 = this.p10 / s;
    const y = newAngle - this.angle;
    this.angle += k0 * y;
    this.bias += k1 * y;
    const p00 = this.p00, p01 = this.p01;
    this.p00 -= k0 * p00;
    this.p01 -= k0 * p01;
    this.p10 -= k1 * p00;
    this.p11 -= k1 * p01;
    return this.angle;
  }
}

function makeComplementary(alpha) {
  let angle = 0;
  return (acc, rate, dt) => {
    angle = alpha * (angle + rate * dt) + (1 - alpha) * acc;
    return angle;
  };
}

let seed = 12345;
function noise() {
  // Sum of three uniform values in [-0.5, 0.5): roughly Gaussian.
  let s = 0;
  for (let i = 0; i < 3; i++) {
    seed = (seed * 75 + 74) % 65537;
    s += seed / 65537 - 0.5;
  }
  return s;
}
// A smooth motion profile: a piecewise parabola swinging about +-30 degrees.
function trueAngle(t) {
  const ph = t % 4;
  const u = ph < 2 ? ph - 1 : 3 - ph;
  return 30 * (1 - 2 * u * u) * (ph < 2 ? 1 : -1);
}

let checked = false;
function run() {
  seed = 12345;
  const kf = new Kalman();
  const cf = makeComplementary(0.98);
  const dt = 0.01;
  let errK = 0, errC = 0, errA = 0, prev = trueAngle(0);
  for (let i = 1; i <= 400; i++) {
    const t = i * dt;
    const a = trueAngle(t);
    const rate = (a - prev) / dt + 1.5 + noise() * 2;   // gyro: bias 1.5 deg/s
    const acc = a + noise() * 6;                         // accelerometer: noisy
    prev = a;
    const ek = kf.update(acc, rate, dt) - a;
    const ec = cf(acc, rate, dt) - a;
    if (i > 100) { errK += ek * ek; errC += ec * ec; errA += (acc - a) * (acc - a); }
  }
  const r = ((errK * 100) | 0) + ((errC * 100) | 0) + ((errA * 100) | 0) + ((kf.bias * 1000) | 0);
  if (!checked) {
    checked = true;
    assert(errK < errA, 'kalman should beat raw accelerometer');
    print('kalman ' + ((errK * 100) | 0) + ' ' + ((errC * 100) | 0) + ' ' + ((errA * 100) | 0) + ' ' + ((kf.bias * 1000) | 0));
  }
  return r;
}
vmExport(0, run);
