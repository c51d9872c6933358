// micro: second-order sigma-delta modulator: large-int accumulators, a table function call per bit
const NODE_SUM = 55022;
let checked = false;
const QUARTER = [0, 3196, 6270, 9102, 11585, 13623, 15137, 16069, 16384];
function sine(p) { const q = p & 31, k = q & 7; if (q < 8) return QUARTER[k]; if (q < 16) return QUARTER[8 - k]; if (q < 24) return -QUARTER[k]; return -QUARTER[8 - k]; }
function run() {
  let h = 1;
  let i1 = 0, i2 = 0, fb = 0, w = 0, n = 0;
  for (let b = 0; b < 10000; b++) {
    const x = (sine(b >> 6) >> 1) + 1200;
    i1 += x - fb; i2 += i1 - fb;
    const bit = i2 >= 0 ? 1 : 0;
    fb = bit === 1 ? 16384 : -16384;
    w = ((w << 1) | bit) & 0xffff;
    if ((b & 15) === 15) { n = (n * 7 + w) % 65521; w = 0; }
  }
  h = (h * 31 + n) % 1000003;
  if (!checked) { checked = true; print('m-sigma-delta ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
