// obj[key] reads with the keys taken from a constant array of strings (no concatenation).
const DB = {}, KEYS = [];
for (let i = 0; i < 16; i++) { DB['AI:' + i] = { pv: i * 3 }; KEYS.push('AI:' + i); }
const NODE_SUM = 722364;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 80; r++) for (let i = 0; i < 16; i++) h = (h * 31 + DB[KEYS[(i + r) % 16]].pv) % 1000003;
  }
  const line = 'm-obj-key-table-read ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
