// Dense LU factorisation with partial pivoting in floating point, as a
// sensor-calibration or circuit-model routine on a device with an FPU.
// Each call builds five 10x10 systems from an LCG (one nearly singular,
// one with zeros on the diagonal that force row swaps, one Hilbert-like
// and badly conditioned), factors each one in place (rows are arrays and
// are swapped by reference), solves three right-hand sides per matrix,
// improves every solution with one step of iterative refinement, and
// reports the largest residual before and after, the determinant (the
// product of the pivots with the sign of the permutation) and the number of
// row swaps. Then it inverts an 8x8 matrix column by column and checks
// that A * inv(A) is the identity. No Math object in Microvium 8, so
// abs is an arrow function. Checksum terms are scaled, truncated floats.
const NODE_SUM = 31121;
const abs = (x) => (x < 0 ? -x : x);

function makeRng(seed) {
  let s = seed;
  return () => { s = (s * 16807) % 2147483647; return s / 2147483647 - 0.5; };   // Park-Miller
}

function makeMatrix(kind, n, rnd) {
  const a = [];
  for (let i = 0; i < n; i++) {
    const row = [];
    for (let j = 0; j < n; j++) {
      let v;
      switch (kind) {
        case 0: v = rnd() + (i === j ? 4 : 0); break;               // diagonally dominant
        case 1: v = i === j ? 0 : rnd() + 1 / (1 + abs(i - j)); break; // zero diagonal
        case 2: v = 1 / (i + j + 1) + rnd() * 1e-3; break;         // Hilbert-like
        case 3: v = rnd(); break;
        default: v = rnd() * (1 + i) + (j === (i * 3) % n ? 2 : 0);
      }
      row.push(v);
    }
    a.push(row);
  }
  if (kind === 3) for (let j = 0; j < n; j++) a[n - 1][j] = a[n - 2][j] * 2 + rnd() * 1e-6; // nearly singular
  return a;
}

const copy = (a) => { const c = []; for (let i = 0; i < a.length; i++) { const r = []; for (let j = 0; j < a[i].length; j++) r.push(a[i][j]); c.push(r); } return c; };

// returns { lu, perm, sign } or null when a pivot is exactly zero
function factor(a) {
  const n = a.length, lu = copy(a), perm = [];
  for (let i = 0; i < n; i++) perm.push(i);
  let sign = 1, swaps = 0;
  for (let k = 0; k < n; k++) {
    let p = k, best = abs(lu[k][k]);
    for (let i = k + 1; i < n; i++) if (abs(lu[i][k]) > best) { best = abs(lu[i][k]); p = i; }
    if (best === 0) return null;
    if (p !== k) {
      const t = lu[p]; lu[p] = lu[k]; lu[k] = t;
      const q = perm[p]; perm[p] = perm[k]; perm[k] = q;
      sign = -sign; swaps++;
    }
    const pivotRow = lu[k], piv = pivotRow[k];
    for (let i = k + 1; i < n; i++) {
      const row = lu[i], f = row[k] / piv;
      row[k] = f;
      for (let j = k + 1; j < n; j++) row[j] -= f * pivotRow[j];
    }
  }
  return { lu: lu, perm: perm, sign: sign, swaps: swaps };
}

function solve(f, b) {
  const n = b.length, lu = f.lu, x = [];
  for (let i = 0; i < n; i++) {
    let s = b[f.perm[i]];
    for (let j = 0; j < i; j++) s -= lu[i][j] * x[j];
    x.push(s);
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    for (let j = i + 1; j < n; j++) s -= lu[i][j] * x[j];
    x[i] = s / lu[i][i];
  }
  return x;
}

const residual = (a, x, b) => {
  const r = [];
  for (let i = 0; i < a.length; i++) { let s = b[i]; for (let j = 0; j < x.length; j++) s -= a[i][j] * x[j]; r.push(s); }
  return r;
};
const maxAbs = (v) => { let m = 0; for (let i = 0; i < v.length; i++) if (abs(v[i]) > m) m = abs(v[i]); return m; };
// a float in [0, ~1e6) scaled to an integer checksum term
const term = (x, scale) => { const v = abs(x) * scale; return v < 1e9 ? (v | 0) % 1000003 : 999999; };

let checked = false;

function run() {
  const rnd = makeRng(20240601);
  let h = 3, swaps = 0, worstBefore = 0, worstAfter = 0, singular = 0;
  let line = 'lu-solve';
  for (let kind = 0; kind < 5; kind++) {
    const a = makeMatrix(kind, 10, rnd);
    const f = factor(a);
    if (f === null) { singular++; h = (h * 31 + 7) % 1000003; } else {
      swaps += f.swaps;
      let det = f.sign;
      for (let i = 0; i < 10; i++) det *= f.lu[i][i];
      for (let r = 0; r < 3; r++) {
        const b = [];
        for (let i = 0; i < 10; i++) b.push(r === 0 ? 1 : (r === 1 ? i - 4.5 : rnd()));
        const x = solve(f, b);
        const r0 = maxAbs(residual(a, x, b)) / (1 + maxAbs(x));     // relative residuals
        const dx = solve(f, residual(a, x, b));
        for (let i = 0; i < 10; i++) x[i] += dx[i];
        const r1 = maxAbs(residual(a, x, b)) / (1 + maxAbs(x));
        if (r0 > worstBefore) worstBefore = r0;
        if (r1 > worstAfter) worstAfter = r1;
        for (let i = 0; i < 10; i++) h = (h * 31 + term(x[i], 1e4)) % 1000003;
      }
      line += ' d' + kind + '=' + (det < 0 ? '-' : '') + term(det, 1);
      h = (h * 31 + term(det, 1e6)) % 1000003;
    }
  }
  // inverse of an 8x8 matrix, then A * inv(A) against the identity
  const m = makeMatrix(4, 8, rnd), fm = factor(m), inv = [];
  for (let i = 0; i < 8; i++) inv.push([]);
  for (let c = 0; c < 8; c++) {
    const e = [];
    for (let i = 0; i < 8; i++) e.push(i === c ? 1 : 0);
    const col = solve(fm, e);
    for (let i = 0; i < 8; i++) inv[i].push(col[i]);
  }
  let offI = 0, trace = 0;
  for (let i = 0; i < 8; i++) {
    for (let j = 0; j < 8; j++) {
      let s = 0;
      for (let k = 0; k < 8; k++) s += m[i][k] * inv[k][j];
      offI = abs(s - (i === j ? 1 : 0)) > offI ? abs(s - (i === j ? 1 : 0)) : offI;
    }
    trace += inv[i][i];
  }
  h = (h * 31 + term(trace, 1e6)) % 1000003;
  const ok = worstAfter < 1e-9 && offI < 1e-12;
  line += ' swaps=' + swaps + ' singular=' + singular + ' refine=' + (worstAfter <= worstBefore ? 'better' : 'worse') +
    ' inv=' + (offI < 1e-12 ? 'ok' : 'bad') + ' trace=' + (trace < 0 ? '-' : '') + term(trace, 1e4) + ' ' + h;
  assert(ok, 'residuals ' + ((worstAfter * 1e15) | 0) + ' ' + ((offI * 1e15) | 0));
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
