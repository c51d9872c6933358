// Dotted paths through per-node child maps (t.idx.soc.idx.i2c1.idx.mux.p.reg), as in dt-overlay.
function nd(p, kids) { return { p: p, idx: kids }; }
const T = nd({}, { soc: nd({}, { i2c1: nd({ reg: 1 }, { mux: nd({ reg: 112 }, {}) }) }) });
const NODE_SUM = 83704;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 200; i++) h = (h * 31 + T.idx.soc.idx.i2c1.idx.mux.p.reg + i) % 1000003;
  }
  const line = 'm-deep-idx-path ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
