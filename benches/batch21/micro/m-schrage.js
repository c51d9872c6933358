// Park-Miller by Schrage's method: int32 values close to 2^31.
const NODE_SUM = 204776;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    let s = 20250601;
    for (let r = 0; r < 300; r++) { const hi = (s / 127773) | 0, lo = s % 127773; s = 16807 * lo - 2836 * hi; if (s <= 0) s += 2147483647; h = (h * 31 + s % 1000) % 1000003; }
  }
  const line = 'm-schrage ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
