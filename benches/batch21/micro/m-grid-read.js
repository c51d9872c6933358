// Reads g[y][x] over a 16 x 12 array of arrays.
const G = [];
for (let y = 0; y < 12; y++) { const r = []; for (let x = 0; x < 16; x++) r.push(x * y); G.push(r); }
const NODE_SUM = 250192;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let k = 0; k < 4; k++) for (let y = 0; y < 12; y++) for (let x = 0; x < 16; x++) h = (h * 31 + G[y][x]) % 1000003;
  }
  const line = 'm-grid-read ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
