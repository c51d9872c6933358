// Linear search of an array of objects by identity (`a[i] === x`), 12 items.
// Seen in batch 23: rtos-kernel (removeItem).
// One call runs the loop 10 times; the checksum is printed on the first call.
const NODE_SUM = 886133;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const a = [];
    for (let i = 0; i < 12; i++) a.push({ id: i });
    for (let k = 0; k < 60; k++) { const x = a[(k * 5) % 12]; let at = -1; for (let i = 0; i < a.length; i++) if (a[i] === x) { at = i; break; } h = (h * 31 + at) % 1000003; }
  }
  const line = 'm-array-find-obj ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
