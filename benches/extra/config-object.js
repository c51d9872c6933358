// A configuration object of twenty named properties, read and written by
// name.
const cfg = { a1: 1, a2: 2, a3: 3, a4: 4, a5: 5, a6: 6, a7: 7, a8: 8, a9: 9, a10: 10,
  b1: 11, b2: 12, b3: 13, b4: 14, b5: 15, b6: 16, b7: 17, b8: 18, b9: 19, b10: 20 };
let checked = false;
function run() {
  let s = 0;
  for (let i = 0; i < 500; i++) {
    s = (s + cfg.a1 + cfg.b10 + cfg.a5 + cfg.b5) | 0;
    cfg.b10 = (cfg.b10 + 1) & 255;
    cfg.a1 = cfg.b9 ^ i;
  }
  if (!checked) { checked = true; print('many-props ' + s); }
  return s;
}
vmExport(0, run);
