// Copying the defined fields of 3-field objects through a 15-name list (12 of 15 computed reads miss).
const PN = ['compatible', 'status', 'reg', 'size', 'clockFrequency', 'interrupts', 'phandle', 'clocks', 'pinctrl', 'dmas', 'label', 'speed', 'address', 'gpio', 'active'];
const S = { compatible: 'ti,tmp102', reg: 72, status: 'okay' };
const NODE_SUM = 378551;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 15; r++) { const d = {}; for (let i = 0; i < PN.length; i++) { const v = S[PN[i]]; if (v !== undefined) d[PN[i]] = v; } h = (h * 31 + d.reg + r) % 1000003; }
  }
  const line = 'm-props-list-miss ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
