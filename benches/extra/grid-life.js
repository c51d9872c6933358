// Game of life on a 16x16 grid of arrays.
function run() {
  const n = 16;
  let g = [];
  for (let y = 0; y < n; y++) { const row = []; for (let x = 0; x < n; x++) row[row.length] = (x * 7 + y * 3) % 5 === 0 ? 1 : 0; g[g.length] = row; }
  for (let gen = 0; gen < 4; gen++) {
    const next = [];
    for (let y = 0; y < n; y++) {
      const row = [];
      for (let x = 0; x < n; x++) {
        let c = 0;
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
          if (dx === 0 && dy === 0) c -= g[y][x];
          const yy = (y + dy + n) % n, xx = (x + dx + n) % n;
          c += g[yy][xx];
        }
        row[row.length] = (c === 3 || (c === 2 && g[y][x] === 1)) ? 1 : 0;
      }
      next[next.length] = row;
    }
    g = next;
  }
  let alive = 0;
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) alive += g[y][x];
  return alive;
}
vmExport(0, run);
