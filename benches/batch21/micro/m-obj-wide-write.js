// Field-by-field updates of a 28-field state object (late fields).
const NODE_SUM = 413153;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const O = { f0: 0, f1: 1, f2: 2, f3: 3, f4: 4, f5: 5, f6: 6, f7: 7, f8: 8, f9: 9, f10: 10, f11: 11, f12: 12, f13: 13, f14: 14, f15: 15, f16: 16, f17: 17, f18: 18, f19: 19, f20: 20, f21: 21, f22: 22, f23: 23, f24: 24, f25: 25, f26: 26, f27: 27 };
    for (let r = 0; r < 200; r++) { O.f27 = r; O.f26 = O.f27 + 1; O.f24 += 1; O.f21 = O.f24 & 7; h = (h * 31 + O.f26 + O.f21) % 1000003; }
  }
  const line = 'm-obj-wide-write ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
