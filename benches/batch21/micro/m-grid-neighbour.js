// 8-neighbour comparison on a grid (touch-panel's isPeak), with bounds checks.
const G = [];
for (let y = 0; y < 12; y++) { const r = []; for (let x = 0; x < 16; x++) r.push((x * 7 + y * 13) % 23); G.push(r); }
const NODE_SUM = 982239;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let y = 0; y < 12; y++) for (let x = 0; x < 16; x++) { let n = 0; for (let yy = y - 1; yy <= y + 1; yy++) if (yy >= 0 && yy < 12) for (let xx = x - 1; xx <= x + 1; xx++) { if (xx >= 0 && xx < 16 && G[yy][xx] > G[y][x]) n += 1; } h = (h * 31 + n) % 1000003; }
  }
  const line = 'm-grid-neighbour ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
