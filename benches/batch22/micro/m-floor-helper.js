// floor(x) by (x | 0) and a compare, on floats of both signs.
function floor(x) { const i = x | 0; return i > x ? i - 1 : i; }
const NODE_SUM = 183366;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 200; i++) h = (h * 31 + floor((i - 100) * 0.37) + 100) % 1000003;
  }
  const line = 'm-floor-helper ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
