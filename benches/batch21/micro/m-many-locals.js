// A call with 8 integer arguments and 8 locals (dma-engine's score).
function score(a, b, c, d, e, f, g, k) { const base = a * 100; const age = b - c; const boost = age > d ? e * (age - d) : 0; const pen = f > 2 && g > 3 ? k * f : 0; const rep = a === 2 ? 9 : 0; const w = g * 7; const t = base + boost + w - pen - rep; return t < 0 ? 0 : t; }
const NODE_SUM = 779546;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 200; r++) h = (h * 31 + score(r & 3, r, r >> 1, 20, 3, r % 5, r % 7, 4)) % 1000003;
  }
  const line = 'm-many-locals ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
