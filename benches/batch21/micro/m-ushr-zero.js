// (a << 16 | b) >>> 0 giving unsigned values at or above 2^31.
const NODE_SUM = 812593;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 300; r++) { const v = (((r * 331) & 0xffff) << 16 | (r * 17)) >>> 0; h = (h * 31 + v % 1000) % 1000003; }
  }
  const line = 'm-ushr-zero ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
