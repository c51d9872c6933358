// Float matrix multiply with nested arrays.
function make(n, seed) {
  const m = [];
  for (let i = 0; i < n; i++) {
    const row = [];
    for (let j = 0; j < n; j++) row.push(((i * n + j + seed) % 7) * 0.5);
    m.push(row);
  }
  return m;
}
const a = make(8, 1), b = make(8, 3);
function run() {
  const n = 8;
  let trace = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += a[i][k] * b[k][j];
      if (i === j) trace += s;
    }
  }
  assertEqual(trace, 126.75);
  return trace;
}
vmExport(0, run);
