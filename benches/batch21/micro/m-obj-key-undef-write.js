// A 16-slot priority map object: write values and undefined to computed keys, scan for the first defined.
const PK = [];
for (let p = 1; p <= 16; p++) PK.push('p' + p);
const NODE_SUM = 278561;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const pa = {};
    for (let p = 0; p < 16; p++) pa[PK[p]] = undefined;
    for (let r = 0; r < 60; r++) { pa[PK[(r * 5) % 16]] = (r & 3) === 0 ? undefined : r; let v = -1; for (let p = 0; p < 16; p++) { if (pa[PK[p]] !== undefined) { v = pa[PK[p]]; break; } } h = (h * 31 + v + 1) % 1000003; }
  }
  const line = 'm-obj-key-undef-write ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
