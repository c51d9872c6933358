// LUT[i][j][k][c]: reads four array levels deep (9 x 9 x 9 x 3, built at load time).
const L = [];
for (let i = 0; i < 9; i++) { const p = []; for (let j = 0; j < 9; j++) { const r = []; for (let k = 0; k < 9; k++) r.push([i + j, j + k, k + i]); p.push(r); } L.push(p); }
const NODE_SUM = 808854;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let n = 0; n < 200; n++) h = (h * 31 + L[n % 9][(n * 5) % 9][(n * 7) % 9][n % 3]) % 1000003;
  }
  const line = 'm-lut4-read ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
