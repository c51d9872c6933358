// Integer operands whose / gives floats, reduced with floor and %.
function floor(x) { const i = x | 0; return i > x ? i - 1 : i; }
const NODE_SUM = 743385;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 1; i < 200; i++) { const q = floor(100000 / i), r = 100000 % i, f = (i * 255) / 100; h = (h * 31 + q + r + floor(f + 0.5)) % 1000003; }
  }
  const line = 'm-div-mod-mix ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
