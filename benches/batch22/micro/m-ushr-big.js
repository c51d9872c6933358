// >>> results at or above 2^31 used as numbers (unsigned compare and % on them).
const W = [];
for (let i = 0; i < 32; i++) W.push(((i * 2654435) << 7) ^ (i * 40503));
const NODE_SUM = 695078;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 200; i++) { const u = W[i & 31] >>> 0, v = W[(i + 5) & 31] >>> 0; h = (h * 31 + (u < v ? 1 : 2) + u % 1000) % 1000003; }
  }
  const line = 'm-ushr-big ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
