// espresso-shot piece: the hand-written ln() (scaling by e, then an atanh
// series) and the exp series, inline float loops with division. 150 pairs.
const NODE_SUM = 601930;
let checked = false;

function ln(x) {
  let k = 0;
  while (x > 2.718281828) { x = x / 2.718281828459045; k += 1; }
  while (x < 1) { x = x * 2.718281828459045; k -= 1; }
  const y = (x - 1) / (x + 1), y2 = y * y;
  let s = 0, t = y;
  for (let n = 1; n < 14; n += 2) { s += t / n; t *= y2; }
  return k + 2 * s;
}
function exp(x) {
  let e = 1, t = 1, k = 0;
  while (x > 1 || x < -1) { x = x / 2; k += 1; }
  for (let n = 1; n < 12; n++) { t = t * x / n; e += t; }
  for (let i = 0; i < k; i++) e = e * e;
  return e;
}

function run() {
  let h = 1, acc = 0;
  for (let i = 0; i < 150; i++) {
    const v = 0.37 + i * 0.731, l = ln(v), e = exp(-3.7 + i * 0.05);
    acc += l + e;
    h = (h * 31 + ((l * 1000 + 5000) | 0) + ((e * 1000) | 0)) % 1000003;
  }
  if (!checked) { checked = true; print('m-float-series acc=' + ((acc * 1000) | 0) + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
