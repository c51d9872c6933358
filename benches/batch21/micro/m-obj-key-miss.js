// Lookups of absent computed keys (=== undefined), 16-key map.
const DB = {}, KEYS = [];
for (let i = 0; i < 16; i++) { DB['AI:' + i] = i; KEYS.push('BO:' + i); }
const NODE_SUM = 956893;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 80; r++) for (let i = 0; i < 16; i++) h = (h * 31 + (DB[KEYS[(i + r) % 16]] === undefined ? 1 : 2)) % 1000003;
  }
  const line = 'm-obj-key-miss ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
