// Functions returning a fresh 4-field object literal (`{sector, slot, off, len}`) read once.
// Seen in batch 23: zephyr-nvs (find, readAte).
// One call runs the loop 10 times; the checksum is printed on the first call.
function find(i) { return { sector: i & 3, slot: i % 7, off: i * 8, len: 24 }; }

const NODE_SUM = 972084;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 250; i++) { const e = find(i); h = (h * 31 + e.sector + e.slot + e.len) % 1000003; }
  }
  const line = 'm-obj-literal-ret ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
