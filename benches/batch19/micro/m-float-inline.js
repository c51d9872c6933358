// micro: inline float arithmetic, no calls: products, quotients, compares
const NODE_SUM = 116654;
let checked = false;

function run() {
  let h = 1;
  let x = 0.3, y = 0.1, acc = 0;
  for (let i = 0; i < 20000; i++) { const r2 = x * x + y * y, c = (r2 - 0.1025) / 0.1; acc += c > 1 ? 1 : (c < -1 ? -1 : c); x = x * 0.999 + 0.0003; y = y + 0.00001; }
  h = (h * 31 + ((acc * 100) | 0) + 500000) % 1000003;
  if (!checked) { checked = true; print('m-float-inline ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
