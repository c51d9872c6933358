// A float accumulator with mixed int/float products (energy counter), read as rounded integers.
const NODE_SUM = 954769;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    let wh = 1000.5;
    for (let i = 0; i < 200; i++) { wh += (16 - (i % 7) * 0.35) * (229.5 + (i % 9) * 0.41) * 3 / 3600; h = (h * 31 + ((wh * 10) | 0)) % 1000003; }
  }
  const line = 'm-float-accum ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
