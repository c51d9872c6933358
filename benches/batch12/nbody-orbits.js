// The classic n-body benchmark (Sun, Jupiter, Saturn, Uranus, Neptune;
// symplectic Euler steps of 0.01 year), the way the Computer Language
// Benchmarks Game states it, written with a Body class and arrow helpers.
// Each call makes the five bodies, offsets the Sun's momentum, measures the
// energy, advances 150 steps, measures the energy again, and then runs a
// second, "satellite" phase: a small probe released near Jupiter, stepped
// with a fixed-step midpoint (RK2) integrator for 120 steps while counting
// its closest approach. There is no Math object in Microvium 8, so square
// roots use Newton's method from a bit-free initial guess.
const PI = 3.141592653589793;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;
const NODE_SUM = 460762;

const sqrt = (x) => {
  if (x <= 0) return 0;
  let g = x > 1 ? x / 2 : 1;
  for (let i = 0; i < 60; i++) {
    const n = (g + x / g) / 2;
    if (n === g) break;
    g = n;
  }
  return g;
};

class Body {
  constructor(x, y, z, vx, vy, vz, mass) {
    this.x = x; this.y = y; this.z = z;
    this.vx = vx * DAYS_PER_YEAR; this.vy = vy * DAYS_PER_YEAR; this.vz = vz * DAYS_PER_YEAR;
    this.mass = mass * SOLAR_MASS;
  }
}

function makeSystem() {
  return [
    new Body(0, 0, 0, 0, 0, 0, 1),
    new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04),
    new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04),
    new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05),
    new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05),
  ];
}

function offsetMomentum(bodies) {
  let px = 0, py = 0, pz = 0;
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i];
    px += b.vx * b.mass; py += b.vy * b.mass; pz += b.vz * b.mass;
  }
  const sun = bodies[0];
  sun.vx = -px / SOLAR_MASS; sun.vy = -py / SOLAR_MASS; sun.vz = -pz / SOLAR_MASS;
}

function energy(bodies) {
  let e = 0;
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i];
    e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
    for (let j = i + 1; j < bodies.length; j++) {
      const c = bodies[j];
      const dx = b.x - c.x, dy = b.y - c.y, dz = b.z - c.z;
      e -= (b.mass * c.mass) / sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

function advance(bodies, dt) {
  const n = bodies.length;
  for (let i = 0; i < n; i++) {
    const b = bodies[i];
    for (let j = i + 1; j < n; j++) {
      const c = bodies[j];
      const dx = b.x - c.x, dy = b.y - c.y, dz = b.z - c.z;
      const d2 = dx * dx + dy * dy + dz * dz;
      const mag = dt / (d2 * sqrt(d2));
      b.vx -= dx * c.mass * mag; b.vy -= dy * c.mass * mag; b.vz -= dz * c.mass * mag;
      c.vx += dx * b.mass * mag; c.vy += dy * b.mass * mag; c.vz += dz * b.mass * mag;
    }
  }
  for (let i = 0; i < n; i++) {
    const b = bodies[i];
    b.x += dt * b.vx; b.y += dt * b.vy; b.z += dt * b.vz;
  }
}

// acceleration of a massless probe at (x, y) in the plane of the bodies
const accel = (bodies, x, y) => {
  let ax = 0, ay = 0;
  for (let i = 0; i < bodies.length; i++) {
    const dx = bodies[i].x - x, dy = bodies[i].y - y, d2 = dx * dx + dy * dy + 1e-6;
    const f = bodies[i].mass / (d2 * sqrt(d2));
    ax += dx * f; ay += dy * f;
  }
  return [ax, ay];
};

let checked = false;

function run() {
  const bodies = makeSystem();
  offsetMomentum(bodies);
  const e0 = energy(bodies);
  for (let s = 0; s < 150; s++) advance(bodies, 0.01);
  const e1 = energy(bodies);
  const jup = bodies[1];
  let px = jup.x + 0.3, py = jup.y, vx = jup.vx, vy = jup.vy + 2.0, closest = 1e9, at = -1;
  const dt = 0.002;
  for (let s = 0; s < 120; s++) {
    const a0 = accel(bodies, px, py);
    const mx = px + vx * dt / 2, my = py + vy * dt / 2;
    const mvx = vx + a0[0] * dt / 2, mvy = vy + a0[1] * dt / 2;
    const a1 = accel(bodies, mx, my);
    px += mvx * dt; py += mvy * dt; vx += a1[0] * dt; vy += a1[1] * dt;
    const dx = px - jup.x, dy = py - jup.y, d = sqrt(dx * dx + dy * dy);
    if (d < closest) { closest = d; at = s; }
  }
  const t = (x, k) => ((x < 0 ? -x : x) * k) | 0;
  let h = 11;
  h = (h * 31 + t(e0, 1e9) % 1000003) % 1000003;
  h = (h * 31 + t(e1, 1e9) % 1000003) % 1000003;
  for (let i = 0; i < 5; i++) h = (h * 31 + t(bodies[i].x, 1e5) + t(bodies[i].vy, 1e5)) % 1000003;
  h = (h * 31 + t(closest, 1e6) + at) % 1000003;
  const line = 'nbody-orbits e0=-' + t(e0, 1e9) + 'e-9 e1=-' + t(e1, 1e9) + 'e-9 jupiter=' + t(jup.x, 1e6) + ',' +
    t(jup.y, 1e6) + ' probe=' + t(px, 1e3) + ',' + t(py, 1e3) + ' closest=' + t(closest, 1e6) + '@' + at + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
