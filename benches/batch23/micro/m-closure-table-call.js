// Calling closures taken from an array by index (a dispatch table of 4 arrows).
// Seen in batch 23: keymatrix-hid, hvac-schedule (rule predicates).
// One call runs the loop 10 times; the checksum is printed on the first call.
const NODE_SUM = 640847;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    let acc = 0;
    const T = [(x) => x + 1, (x) => x * 2, (x) => x - 3, (x) => (x & 255) + acc];
    for (let i = 0; i < 300; i++) { acc = T[i & 3](i); h = (h + acc) % 1000003; }
  }
  const line = 'm-closure-table-call ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
