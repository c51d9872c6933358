// Control for m-closure-chain: the same 8 steps as nested calls of plain
// top-level functions with the parameters passed as constants.
const NODE_SUM = 536366;
const TAB = [];
for (let i = 0; i < 256; i++) TAB.push((i * i) >> 8);
let checked = false;

function src(i, t, ch) { return (i * 7 + t * 3 + ch * 50) & 255; }
function shift1(i, t, ch) { return src((i + t) & 31, t, ch); }
function scale1(i, t, ch) { return shift1(i, t, ch) * 200 >> 8; }
function offs1(i, t, ch) { return (scale1(i, t, ch) + 9) & 255; }
function shift2(i, t, ch) { return offs1((i + t * 2) & 31, t, ch); }
function scale2(i, t, ch) { return shift2(i, t, ch) * 230 >> 8; }
function offs2(i, t, ch) { return (scale2(i, t, ch) + 4) & 255; }
function table(i, t, ch) { return TAB[offs2(i, t, ch)]; }

function run() {
  let h = 1;
  for (let t = 0; t < 10; t++) for (let i = 0; i < 32; i++) for (let ch = 0; ch < 3; ch++) h = (h * 31 + table(i, t, ch)) % 1000003;
  if (!checked) { checked = true; print('m-direct-chain ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
