// Jos Stam's "stable fluids" solver (the navier-stokes benchmark's
// algorithm) on a 12x12 grid, used as a toy model of airflow in a sensor
// enclosure: a fan blows in from the left wall, a warm component near the
// floor adds heat and buoyancy, and the heat is carried around by the
// flow. Each call starts from still air and runs 5 time steps. A step:
// add forces, diffuse the velocity (implicit, 5 Gauss-Seidel sweeps),
// project it to zero divergence (a Poisson solve for the pressure),
// advect it along itself (semi-Lagrangian, bilinear interpolation),
// project again; then add heat, diffuse it and advect it. Walls reflect
// the normal velocity.
// Everything is float arithmetic on 196-cell arrays indexed by i + 14 j;
// floors of positive coordinates use | 0. The checksum covers every
// cell's heat (scaled by 1000) and the remaining divergence.
const NODE_SUM = 287002;
const N = 12, S = N + 2, SIZE = S * S, ITERS = 5, DT = 0.1;
const IX = (i, j) => i + S * j;

function zeros() { const a = []; for (let k = 0; k < SIZE; k++) a.push(0); return a; }

function setBnd(b, x) {
  for (let i = 1; i <= N; i++) {
    x[IX(0, i)] = b === 1 ? -x[IX(1, i)] : x[IX(1, i)];
    x[IX(N + 1, i)] = b === 1 ? -x[IX(N, i)] : x[IX(N, i)];
    x[IX(i, 0)] = b === 2 ? -x[IX(i, 1)] : x[IX(i, 1)];
    x[IX(i, N + 1)] = b === 2 ? -x[IX(i, N)] : x[IX(i, N)];
  }
  x[IX(0, 0)] = 0.5 * (x[IX(1, 0)] + x[IX(0, 1)]);
  x[IX(0, N + 1)] = 0.5 * (x[IX(1, N + 1)] + x[IX(0, N)]);
  x[IX(N + 1, 0)] = 0.5 * (x[IX(N, 0)] + x[IX(N + 1, 1)]);
  x[IX(N + 1, N + 1)] = 0.5 * (x[IX(N, N + 1)] + x[IX(N + 1, N)]);
}

function linSolve(b, x, x0, a, c) {
  for (let k = 0; k < ITERS; k++) {
    for (let j = 1; j <= N; j++) {
      let idx = IX(1, j);
      for (let i = 1; i <= N; i++) {
        x[idx] = (x0[idx] + a * (x[idx - 1] + x[idx + 1] + x[idx - S] + x[idx + S])) / c;
        idx += 1;
      }
    }
    setBnd(b, x);
  }
}

function diffuse(b, x, x0, diff) { const a = DT * diff * N * N; linSolve(b, x, x0, a, 1 + 4 * a); }

function advect(b, d, d0, u, v) {
  const dt0 = DT * N;
  for (let j = 1; j <= N; j++) {
    for (let i = 1; i <= N; i++) {
      let x = i - dt0 * u[IX(i, j)], y = j - dt0 * v[IX(i, j)];
      if (x < 0.5) x = 0.5;
      if (x > N + 0.5) x = N + 0.5;
      if (y < 0.5) y = 0.5;
      if (y > N + 0.5) y = N + 0.5;
      const i0 = x | 0, j0 = y | 0, s1 = x - i0, t1 = y - j0, s0 = 1 - s1, t0 = 1 - t1;
      d[IX(i, j)] = s0 * (t0 * d0[IX(i0, j0)] + t1 * d0[IX(i0, j0 + 1)]) + s1 * (t0 * d0[IX(i0 + 1, j0)] + t1 * d0[IX(i0 + 1, j0 + 1)]);
    }
  }
  setBnd(b, d);
}

function divergence(u, v, div) {
  let sum = 0;
  for (let j = 1; j <= N; j++) {
    for (let i = 1; i <= N; i++) {
      const d = -0.5 * (u[IX(i + 1, j)] - u[IX(i - 1, j)] + v[IX(i, j + 1)] - v[IX(i, j - 1)]) / N;
      div[IX(i, j)] = d;
      sum += d < 0 ? -d : d;
    }
  }
  return sum;
}

function project(u, v, p, div) {
  divergence(u, v, div);
  for (let k = 0; k < SIZE; k++) p[k] = 0;
  setBnd(0, div); setBnd(0, p);
  linSolve(0, p, div, 1, 4);
  for (let j = 1; j <= N; j++) {
    for (let i = 1; i <= N; i++) {
      u[IX(i, j)] -= 0.5 * N * (p[IX(i + 1, j)] - p[IX(i - 1, j)]);
      v[IX(i, j)] -= 0.5 * N * (p[IX(i, j + 1)] - p[IX(i, j - 1)]);
    }
  }
  setBnd(1, u); setBnd(2, v);
}

let checked = false;

function run() {
  let u = zeros(), v = zeros(), u0 = zeros(), v0 = zeros(), d = zeros(), d0 = zeros();
  let tmp = null;
  for (let step = 0; step < 5; step++) {
    for (let k = 0; k < SIZE; k++) { u0[k] = 0; v0[k] = 0; d0[k] = 0; }
    for (let j = 4; j <= 8; j++) u0[IX(1, j)] = step < 3 ? 40 : 10;          // the fan
    for (let i = 5; i <= 7; i++) { d0[IX(i, 2)] = 30; v0[IX(i, 2)] = 8; }      // the warm part
    for (let k = 0; k < SIZE; k++) { v0[k] += 0.2 * d[k]; u[k] += DT * u0[k]; v[k] += DT * v0[k]; d[k] += DT * d0[k]; }
    tmp = u0; u0 = u; u = tmp; diffuse(1, u, u0, 0.0002);
    tmp = v0; v0 = v; v = tmp; diffuse(2, v, v0, 0.0002);
    project(u, v, u0, v0);
    tmp = u0; u0 = u; u = tmp; tmp = v0; v0 = v; v = tmp;
    advect(1, u, u0, u0, v0); advect(2, v, v0, u0, v0);
    project(u, v, u0, v0);
    tmp = d0; d0 = d; d = tmp; diffuse(0, d, d0, 0.0005);
    tmp = d0; d0 = d; d = tmp; advect(0, d, d0, u, v);
  }
  let h = 19, total = 0, hot = 0, hotAt = 0;
  for (let k = 0; k < SIZE; k++) {
    const q = (d[k] * 1000) | 0;
    total += q;
    if (q > hot) { hot = q; hotAt = k; }
    h = (h * 31 + (q < 0 ? 0 : q) % 65536) % 1000003;
  }
  const div = (divergence(u, v, u0) * 1e6) | 0;
  const probe = (u[IX(6, 6)] * 1000) | 0, probeV = (v[IX(6, 6)] * 1000) | 0;
  h = (h * 31 + div % 100000) % 1000003;
  h = (h * 31 + (probe + 100000) % 1000 * 1000 + (probeV + 100000) % 1000) % 1000003;
  const line = 'fluid-grid steps=5 heat=' + total + ' hottest=' + hot + '@' + (hotAt % S) + ',' + ((hotAt / S) | 0) +
    ' probe=' + probe + ',' + probeV + ' div=' + div + 'e-6 ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
