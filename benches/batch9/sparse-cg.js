// Steady-state temperature of a 5x5 heat-spreader plate under a chip,
// solved in floating point. Each call assembles the 5-point finite-volume
// matrix (25 unknowns, conductivity varying per cell, edges held at
// ambient through a boundary conductance) in compressed sparse row form:
// rowPtr/col/val arrays. It then solves K t = q with Jacobi-preconditioned
// conjugate gradients to a relative residual of 1e-4, for two power
// maps, and reports iterations, the hot-spot temperature and the mean
// (scaled to integers: Microvium prints floats with %.15g).
const G = 5, N = G * G;
function conductivity(i, j) { return 1.0 + 0.25 * ((i * 3 + j * 5) % 4) + (i > 1 && i < 4 && j > 1 ? 1.5 : 0); }
function assemble() {
  const rowPtr = [0], col = [], val = [];
  for (let i = 0; i < G; i++) {
    for (let j = 0; j < G; j++) {
      const k = conductivity(i, j);
      let diag = 0;
      const nb = [[i - 1, j], [i, j - 1], [i, j + 1], [i + 1, j]];
      // neighbours in column order, with the diagonal slotted in the middle
      for (let m = 0; m < 4; m++) {
        const a = nb[m][0], b = nb[m][1];
        if (m === 2) { col.push(i * G + j); val.push(0); }
        if (a < 0 || a >= G || b < 0 || b >= G) diag += 2 * k * 0.3;
        else {
          const c = 2 * k * conductivity(a, b) / (k + conductivity(a, b));
          col.push(a * G + b); val.push(-c); diag += c;
        }
      }
      val[rowPtr[rowPtr.length - 1] + countBefore(i, j)] = diag;
      rowPtr.push(col.length);
    }
  }
  return { rowPtr, col, val };
}
function countBefore(i, j) { return (i > 0 ? 1 : 0) + (j > 0 ? 1 : 0); }
function spmv(A, x, y) {
  for (let r = 0; r < N; r++) {
    let s = 0;
    for (let p = A.rowPtr[r]; p < A.rowPtr[r + 1]; p++) s += A.val[p] * x[A.col[p]];
    y[r] = s;
  }
}
function dot(a, b) { let s = 0; for (let i = 0; i < N; i++) s += a[i] * b[i]; return s; }
function zeros() { const z = []; for (let i = 0; i < N; i++) z.push(0); return z; }
function diagonal(A) {
  const d = [];
  for (let r = 0; r < N; r++) {
    for (let p = A.rowPtr[r]; p < A.rowPtr[r + 1]; p++) if (A.col[p] === r) d.push(A.val[p]);
  }
  return d;
}
function solve(A, dinv, q, res) {
  const x = zeros(), r = [], z = [], p = [], Ap = zeros();
  for (let i = 0; i < N; i++) { r.push(q[i]); z.push(q[i] * dinv[i]); p.push(z[i]); }
  let rz = dot(r, z);
  const stop = dot(q, q) * 1e-8;
  let it = 0;
  while (it < 60 && dot(r, r) > stop) {
    spmv(A, p, Ap);
    const alpha = rz / dot(p, Ap);
    for (let i = 0; i < N; i++) { x[i] += alpha * p[i]; r[i] -= alpha * Ap[i]; z[i] = r[i] * dinv[i]; }
    const rz2 = dot(r, z), beta = rz2 / rz;
    rz = rz2;
    for (let i = 0; i < N; i++) p[i] = z[i] + beta * p[i];
    it += 1;
  }
  res.iters = it;
  return x;
}

// checksum computed in node
const NODE_SUM = 526421;
let checked = false, expected = 0;
function run() {
  const A = assemble();
  const d = diagonal(A), dinv = [];
  for (let i = 0; i < N; i++) dinv.push(1 / d[i]);
  let h = 17, line = '';
  const res = { iters: 0 };
  for (let m = 0; m < 2; m++) {
    const q = zeros();
    q[12] = 10 + m * 5;
    q[(m * 11 + 6) % N] = 4.5;
    q[N - 1 - m * 4] = 2.25;
    const t = solve(A, dinv, q, res);
    let hot = 0, sum = 0, hotAt = 0;
    for (let i = 0; i < N; i++) { sum += t[i]; if (t[i] > hot) { hot = t[i]; hotAt = i; } }
    const hotI = (hot * 1000) | 0, meanI = (sum / N * 1000) | 0;
    h = (h * 131 + res.iters * 1009 + hotI + meanI * 3 + hotAt) % 1000003;
    line += ` it=${res.iters} hot=${hotI}@${hotAt} mean=${meanI}`;
  }
  h = (h * 7 + A.col.length) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`sparse-cg nnz=${A.col.length}${line} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
