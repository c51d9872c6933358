// obj[key] reads with keys built by concatenation at each access ('AI:' + i).
const DB = {};
for (let i = 0; i < 16; i++) DB['AI:' + i] = { pv: i * 3 };
const NODE_SUM = 722364;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 80; r++) for (let i = 0; i < 16; i++) h = (h * 31 + DB['AI:' + ((i + r) % 16)].pv) % 1000003;
  }
  const line = 'm-obj-key-concat-read ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
