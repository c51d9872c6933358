// A 22-field object literal built per iteration (battery message) and two fields read.
const NODE_SUM = 807240;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 100; r++) { const o = { a0: r + 0, a1: r + 1, a2: r + 2, a3: r + 3, a4: r + 4, a5: r + 5, a6: r + 6, a7: r + 7, a8: r + 8, a9: r + 9, a10: r + 10, a11: r + 11, a12: r + 12, a13: r + 13, a14: r + 14, a15: r + 15, a16: r + 16, a17: r + 17, a18: r + 18, a19: r + 19, a20: r + 20, a21: r + 21 }; h = (h * 31 + o.a21 + o.a0) % 1000003; }
  }
  const line = 'm-obj-wide-literal ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
