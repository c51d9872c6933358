// Control: the same read with the inner object hoisted.
const T = { soc: { i2c1: { mux: { ch2: { hum: { reg: 64, irq: 3 } } } } } };
const NODE_SUM = 917726;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const hum = T.soc.i2c1.mux.ch2.hum;
    for (let i = 0; i < 200; i++) h = (h * 31 + hum.reg + i) % 1000003;
  }
  const line = 'm-deep-path-hoisted ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
