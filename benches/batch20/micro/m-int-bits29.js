// Integer arithmetic on values near 300000000 (bit 29 of int32 is the top
// bit in use): add, %, (v / 10) | 0 and compare, 4,000 times. A pair with
// m-int-bits31.js to see whether the size of an int32 value matters.
const NODE_SUM = 24031;
let checked = false;

function run() {
  let h = 1, acc = 0, v = 300000000;
  for (let i = 0; i < 4000; i++) {
    v = v + 12345;
    const q = (v / 10) | 0, d = v % 10;
    if (q > v - 100) acc += 1;
    acc = (acc + d + (q & 7)) & 65535;
  }
  h = (h * 31 + acc) % 1000003;
  if (!checked) { checked = true; print('m-int-bits29 acc=' + acc + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
