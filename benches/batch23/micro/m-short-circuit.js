// Short-circuit `&&` / `||` chains over comparisons, as in event hit tests.
// Seen in batch 23: rtos-kernel (setBits).
// One call runs the loop 10 times; the checksum is printed on the first call.
const NODE_SUM = 12237;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    let bits = 0;
    for (let i = 0; i < 300; i++) {
      const all = (i & 1) === 0, want = i & 6;
      const hit = all ? (bits & want) === want : (bits & want) !== 0;
      if (hit || (i > 100 && i < 120) || (!all && bits === 0)) bits = (bits + 3) & 7; else bits |= i & 5;
      h = (h + bits + (hit ? 1 : 0)) % 1000003;
    }
  }
  const line = 'm-short-circuit ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
