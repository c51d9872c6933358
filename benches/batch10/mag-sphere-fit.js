// Magnetometer hard- and soft-iron calibration by least squares, in floating
// point. Each call makes two synthetic data sets of 40 readings: random
// directions (normalised with a Newton square root) scaled to a 48 uT
// field, passed through a soft-iron matrix, shifted by a hard-iron offset,
// and given uniform noise. Each set is fitted twice. A sphere fit solves the
// 4x4 normal equations of x^2 + y^2 + z^2 = 2ax + 2by + 2cz + d; an
// axis-aligned ellipsoid fit solves the 6x6 normal equations of
// Ax^2 + By^2 + Cz^2 + Dx + Ey + Fz = 1. Both use Gaussian elimination with
// partial pivoting on arrays of rows. The call then corrects every reading
// with each fit and compares the spread of the field magnitude.
const SOFT = [[1.08, 0.03, -0.02], [0.03, 0.94, 0.04], [-0.02, 0.04, 1.01]];
const FIELD = 48;

function sqrt(x) {
  if (x <= 0) return 0;
  let r = x > 1 ? x / 2 : 1;
  for (let i = 0; i < 40; i++) {
    const n = (r + x / r) / 2;
    if (n === r) i = 40;
    r = n;
  }
  return r;
}
function abs(x) { return x < 0 ? -x : x; }
function rnd(x) { return x >= 0 ? (x + 0.5) | 0 : 0 - ((0.5 - x) | 0); }
function zeros(n, m) {
  const a = [];
  for (let i = 0; i < n; i++) { const r = []; for (let j = 0; j < m; j++) r.push(0); a.push(r); }
  return a;
}
// solve the augmented n x (n+1) system in place; returns the solution
function solve(a, n) {
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (abs(a[r][c]) > abs(a[p][c])) p = r;
    if (p !== c) { const t = a[p]; a[p] = a[c]; a[c] = t; }
    const piv = a[c][c];
    for (let r = c + 1; r < n; r++) {
      const f = a[r][c] / piv;
      if (f !== 0) for (let k = c; k <= n; k++) a[r][k] = a[r][k] - f * a[c][k];
    }
  }
  const x = [];
  for (let i = 0; i < n; i++) x.push(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r][n];
    for (let k = r + 1; k < n; k++) s = s - a[r][k] * x[k];
    x[r] = s / a[r][r];
  }
  return x;
}
// add one observation row (with right-hand side y) to the normal equations
function accumulate(a, row, y, n) {
  for (let i = 0; i < n; i++) {
    const ri = row[i];
    for (let j = i; j < n; j++) a[i][j] = a[i][j] + ri * row[j];
    a[i][n] = a[i][n] + ri * y;
  }
}
function mirror(a, n) { for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) a[i][j] = a[j][i]; }

function makeSet(st, count, off) {
  const pts = [];
  while (pts.length < count) {
    const u = [0, 0, 0];
    for (let k = 0; k < 3; k++) { st.seed = (st.seed * 16807) % 2147483647; u[k] = st.seed / 1073741824 - 1; }
    const n2 = u[0] * u[0] + u[1] * u[1] + u[2] * u[2];
    if (n2 > 0.05 && n2 <= 1) {
      const s = FIELD / sqrt(n2), m = [0, 0, 0];
      for (let i = 0; i < 3; i++) {
        st.seed = (st.seed * 16807) % 2147483647;
        m[i] = off[i] + (st.seed / 2147483647 - 0.5) * 0.6;
        for (let j = 0; j < 3; j++) m[i] = m[i] + SOFT[i][j] * u[j] * s;
      }
      pts.push(m);
    }
  }
  return pts;
}
function sphereFit(pts) {
  const a = zeros(4, 5);
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i];
    accumulate(a, [2 * p[0], 2 * p[1], 2 * p[2], 1], p[0] * p[0] + p[1] * p[1] + p[2] * p[2], 4);
  }
  mirror(a, 4);
  const x = solve(a, 4);
  return { c: [x[0], x[1], x[2]], r: sqrt(x[3] + x[0] * x[0] + x[1] * x[1] + x[2] * x[2]), s: [1, 1, 1] };
}
function ellipsoidFit(pts) {
  const a = zeros(6, 7);
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i];
    accumulate(a, [p[0] * p[0], p[1] * p[1], p[2] * p[2], p[0], p[1], p[2]], 1, 6);
  }
  mirror(a, 6);
  const x = solve(a, 6);
  const c = [-x[3] / (2 * x[0]), -x[4] / (2 * x[1]), -x[5] / (2 * x[2])];
  const g = 1 + x[3] * x[3] / (4 * x[0]) + x[4] * x[4] / (4 * x[1]) + x[5] * x[5] / (4 * x[2]);
  const rad = [sqrt(g / x[0]), sqrt(g / x[1]), sqrt(g / x[2])];
  const mean = (rad[0] + rad[1] + rad[2]) / 3;
  return { c, r: mean, s: [mean / rad[0], mean / rad[1], mean / rad[2]] };
}
// spread of |corrected reading| in thousandths of the mean
function spread(pts, fit) {
  let sum = 0, sq = 0;
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i];
    const x = (p[0] - fit.c[0]) * fit.s[0], y = (p[1] - fit.c[1]) * fit.s[1], z = (p[2] - fit.c[2]) * fit.s[2];
    const m = sqrt(x * x + y * y + z * z);
    sum = sum + m; sq = sq + m * m;
  }
  const mean = sum / pts.length;
  return rnd(1000 * sqrt(sq / pts.length - mean * mean) / mean);
}

// checksum computed in node
const NODE_SUM = 53630;
let checked = false, expected = 0;
function run() {
  const st = { seed: 20240611 };
  const offs = [[12.5, -7.25, 20.0], [-31.0, 4.5, -15.75]];
  let h = 13, line = '';
  for (let k = 0; k < 2; k++) {
    const pts = makeSet(st, 40, offs[k]);
    const raw = spread(pts, { c: [0, 0, 0], s: [1, 1, 1] });
    const sf = sphereFit(pts), ef = ellipsoidFit(pts);
    const s1 = spread(pts, sf), s2 = spread(pts, ef);
    const cx = rnd(sf.c[0] * 100), cy = rnd(sf.c[1] * 100), cz = rnd(sf.c[2] * 100);
    const ex = rnd(ef.c[0] * 100), sc = rnd(ef.s[0] * 1000) + rnd(ef.s[1] * 1000) + rnd(ef.s[2] * 1000);
    line = line + ` c=${cx},${cy},${cz} r=${rnd(sf.r * 100)} spread=${raw}/${s1}/${s2}`;
    h = (h * 131 + cx + cy * 3 + cz * 7 + ex * 11 + sc + raw * 13 + s1 * 17 + s2 * 19 + 100000) % 1000003;
  }
  if (!checked) {
    checked = true;
    expected = h;
    print(`mag-sphere-fit${line} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
