// micro: unpacking bits of 16-bit words: shifts, & and compare on small ints
const NODE_SUM = 100031;
let checked = false;

function run() {
  let h = 1;
  let ones = 0;
  for (let i = 0; i < 1250; i++) { const w = (i * 40503) & 0xffff; for (let k = 15; k >= 0; k--) { const x = ((w >> k) & 1) === 1 ? 1 : -1; ones += x; } }
  h = (h * 31 + ones + 100000) % 1000003;
  if (!checked) { checked = true; print('m-small-bitwise ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
