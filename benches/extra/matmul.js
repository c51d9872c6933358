// Integer matrix multiply, 8x8, with nested arrays.
function makeMatrix(n, k) {
  const m = [];
  for (let i = 0; i < n; i++) {
    const row = [];
    for (let j = 0; j < n; j++) row.push((i * k + j) % 7 - 3);
    m.push(row);
  }
  return m;
}
function multiply(a, b, n) {
  const c = [];
  for (let i = 0; i < n; i++) {
    const row = [];
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += a[i][k] * b[k][j];
      row.push(s);
    }
    c.push(row);
  }
  return c;
}
let checked = false;
function run() {
  const a = makeMatrix(8, 3);
  const b = makeMatrix(8, 5);
  const c = multiply(a, b, 8);
  let trace = 0;
  for (let i = 0; i < 8; i++) trace += c[i][i];
  if (!checked) { checked = true; print('matmul ' + trace); }
  return trace;
}
vmExport(0, run);
