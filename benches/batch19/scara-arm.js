// A two-link SCARA arm doing pick-and-place, in floating point. The planner
// moves the tool in straight Cartesian lines between eight stations with a
// trapezoidal speed profile; every 5 ms the inverse kinematics (law of
// cosines, elbow-right) turns the set point into joint angles, the Jacobian
// gives joint velocities for feed-forward, and each joint runs a PI velocity
// loop with a position loop around it on a motor model (inertia that changes
// with the elbow angle, viscous and Coulomb friction, a torque limit). The
// forward kinematics of the measured angles gives the tracking error;
// lifting and lowering the Z axis waits for settling. No Math in Microvium:
// square root by Newton iteration after scaling by powers of 4, sine and
// cosine by Taylor series after range reduction, atan2 by a reduced series,
// acos through atan2. 
const NODE_SUM = 352098;
const PI = 3.141592653589793, L1 = 0.25, L2 = 0.2, DT = 0.01;
const STATIONS = [[0.30, 0.10], [0.12, 0.32], [-0.15, 0.30], [-0.28, 0.12], [0.05, 0.40], [0.35, -0.05], [0.20, 0.20], [-0.05, 0.25]];
let checked = false;

function sqrtF(x) {
  if (x <= 0) return 0;
  let s = 1, v = x;
  while (v > 4) { v = v / 4; s = s * 2; }
  while (v < 0.25) { v = v * 4; s = s / 2; }
  let r = (v + 1) / 2;
  for (let i = 0; i < 5; i++) r = (r + v / r) / 2;
  return r * s;
}
function wrapPi(a) { while (a > PI) a -= 2 * PI; while (a < -PI) a += 2 * PI; return a; }
function sinF(a) {
  a = wrapPi(a);
  if (a > PI / 2) a = PI - a; else if (a < -PI / 2) a = -PI - a;
  const a2 = a * a;
  return a * (1 - a2 / 6 * (1 - a2 / 20 * (1 - a2 / 42 * (1 - a2 / 72))));
}
function cosF(a) { return sinF(a + PI / 2); }
function atanUnit(z) {                                 // |z| <= 1
  if (z > 0.4142135623730951) return PI / 4 + atanUnit((z - 1) / (z + 1));
  if (z < -0.4142135623730951) return -PI / 4 + atanUnit((z + 1) / (1 - z));
  const z2 = z * z;
  return z * (1 - z2 * (1 / 3 - z2 * (1 / 5 - z2 * (1 / 7 - z2 / 9))));
}
function atan2F(y, x) {
  if (x === 0 && y === 0) return 0;
  const ax = x < 0 ? -x : x, ay = y < 0 ? -y : y;
  let a = ay <= ax ? atanUnit(ay / ax) : PI / 2 - atanUnit(ax / ay);
  if (x < 0) a = PI - a;
  return y < 0 ? -a : a;
}
function acosF(c) { c = c > 1 ? 1 : (c < -1 ? -1 : c); return atan2F(sqrtF(1 - c * c), c); }

function inverse(x, y, out) {                          // elbow-right solution; false if out of reach
  const r2 = x * x + y * y, c2 = (r2 - L1 * L1 - L2 * L2) / (2 * L1 * L2);
  if (c2 > 1 || c2 < -1) return false;
  const q2 = -acosF(c2);
  const q1 = atan2F(y, x) - atan2F(L2 * sinF(q2), L1 + L2 * cosF(q2));
  out.q1 = q1; out.q2 = q2;
  return true;
}
function forward(q1, q2, out) {
  out.x = L1 * cosF(q1) + L2 * cosF(q1 + q2);
  out.y = L1 * sinF(q1) + L2 * sinF(q1 + q2);
}

class Joint {
  constructor(inertia, friction, coulomb, tmax) {
    this.q = 0; this.w = 0; this.j = inertia; this.b = friction; this.c = coulomb; this.tmax = tmax;
    this.kp = 40; this.kv = 6; this.ki = 90; this.integ = 0; this.torque = 0; this.sat = 0;
  }
  control(qRef, wFf, jEff) {
    const wRef = wFf + this.kp * wrapPi(qRef - this.q), e = wRef - this.w;
    let t = jEff * (this.kv * e * 20) + this.integ * jEff;
    if (t > this.tmax) { t = this.tmax; this.sat += 1; } else if (t < -this.tmax) { t = -this.tmax; this.sat += 1; } else this.integ += this.ki * e * DT;
    this.torque = t;
  }
  step(jEff) {
    const fr = this.b * this.w + (this.w > 0.001 ? this.c : (this.w < -0.001 ? -this.c : 0));
    this.w += (this.torque - fr) / jEff * DT;
    this.q = wrapPi(this.q + this.w * DT);
  }
}

function run() {
  let h = 23;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const j1 = new Joint(0.02, 0.01, 0.02, 2.0), j2 = new Joint(0.006, 0.004, 0.01, 0.8);
  const ik = { q1: 0, q2: 0 }, fk = { x: 0, y: 0 };
  inverse(STATIONS[0][0], STATIONS[0][1], ik); j1.q = ik.q1; j2.q = ik.q2;
  let px = STATIONS[0][0], py = STATIONS[0][1], steps = 0, maxErr = 0, errSum = 0, unreachable = 0, settle = 0, energy = 0;
  for (let leg = 1; leg < 9; leg++) {
    const tgt = STATIONS[leg % 8], dx = tgt[0] - px, dy = tgt[1] - py, dist = sqrtF(dx * dx + dy * dy);
    const vmax = 0.5, amax = 2.0, ta = vmax / amax;
    let tTotal = dist / vmax + ta, tAcc = ta, vPeak = vmax;
    if (dist < vmax * ta) { tAcc = sqrtF(dist / amax); tTotal = 2 * tAcc; vPeak = amax * tAcc; }
    const n = (tTotal / DT | 0) + 1;
    let zWait = 15;                                    // lift before moving, lower after
    for (let k = 0; k <= n + 2 * zWait; k++) {
      const tt = k < zWait ? 0 : (k - zWait) * DT;
      let s, v;
      if (tt <= tAcc) { s = 0.5 * amax * tt * tt; v = amax * tt; }
      else if (tt <= tTotal - tAcc) { s = 0.5 * amax * tAcc * tAcc + vPeak * (tt - tAcc); v = vPeak; }
      else if (tt < tTotal) { const r = tTotal - tt; s = dist - 0.5 * amax * r * r; v = amax * r; }
      else { s = dist; v = 0; }
      const frac = dist > 0 ? s / dist : 1, x = px + dx * frac, y = py + dy * frac;
      if (!inverse(x, y, ik)) { unreachable += 1; }
      // Jacobian: [xdot, ydot] = J [q1dot, q2dot]; solve for the joint rates of the path speed
      const s1 = sinF(ik.q1), c1 = cosF(ik.q1), s12 = sinF(ik.q1 + ik.q2), c12 = cosF(ik.q1 + ik.q2);
      const a = -L1 * s1 - L2 * s12, b = -L2 * s12, c = L1 * c1 + L2 * c12, d = L2 * c12, det = a * d - b * c;
      const vx = dist > 0 ? dx / dist * v : 0, vy = dist > 0 ? dy / dist * v : 0;
      const w1 = det > 1e-6 || det < -1e-6 ? (d * vx - b * vy) / det : 0, w2 = det > 1e-6 || det < -1e-6 ? (a * vy - c * vx) / det : 0;
      const c2 = cosF(j2.q), jEff1 = j1.j + j2.j + 0.012 * c2;
      j1.control(ik.q1, w1, jEff1); j2.control(ik.q2, w2, j2.j);
      j1.step(jEff1); j2.step(j2.j);
      energy += (j1.torque * j1.w > 0 ? j1.torque * j1.w : 0) * DT + (j2.torque * j2.w > 0 ? j2.torque * j2.w : 0) * DT;
      forward(j1.q, j2.q, fk);
      const ex = fk.x - x, ey = fk.y - y, err = sqrtF(ex * ex + ey * ey);
      if (err > maxErr) maxErr = err;
      errSum += err; steps += 1;
      if (k > n + zWait && err > 0.0005) settle += 1;
      if ((k & 31) === 0) { add((err * 1000000) | 0); add(((j1.q + PI) * 1000) | 0); add(((j2.q + PI) * 1000) | 0); }
    }
    px = tgt[0]; py = tgt[1];
    forward(j1.q, j2.q, fk);
    add(((fk.x + 1) * 100000) | 0); add(((fk.y + 1) * 100000) | 0);
  }
  add(j1.sat); add(j2.sat); add(settle); add((energy * 1000) | 0);
  const out = 'scara-arm legs=8 steps=' + steps + ' maxErr_um=' + ((maxErr * 1000000) | 0) + ' meanErr_um=' + ((errSum / steps * 1000000) | 0) +
    ' sat=' + j1.sat + '/' + j2.sat + ' settle=' + settle + ' unreachable=' + unreachable + ' energy_mJ=' + ((energy * 1000) | 0) + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
