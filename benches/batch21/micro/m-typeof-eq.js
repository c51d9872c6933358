// typeof v === 'number' && (v | 0) === v checks (provision-check's u8/i32).
const V = [1, 300, -4, 2.5, 'x', true, 70000, 0];
const NODE_SUM = 326133;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 200; r++) { const v = V[r % 8]; h = (h * 31 + (typeof v === 'number' && v >= 0 && v <= 255 && (v | 0) === v ? 2 : 1)) % 1000003; }
  }
  const line = 'm-typeof-eq ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
