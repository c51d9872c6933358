// Control: the same copy written as an object literal of six reads.
const S = { idx: 3, mv: 3650, temp: 31, bleed: false, soc: 55.5, flags: 0 };
const NODE_SUM = 360759;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 40; r++) { const d = { idx: S.idx, mv: S.mv, temp: S.temp, bleed: S.bleed, soc: S.soc, flags: S.flags }; h = (h * 31 + d.mv + d.idx + r) % 1000003; }
  }
  const line = 'm-copy-fields-literal ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
