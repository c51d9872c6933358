// Clamping with nested ternaries (`v < lo ? lo : v > hi ? hi : v`).
// Seen in batch 23: dali-ballast (goTo).
// One call runs the loop 10 times; the checksum is printed on the first call.
const NODE_SUM = 387557;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 300; i++) {
      const v = (i * 37) % 300 - 20, lo = 1, hi = 254;
      const t = v === 0 ? 0 : v < lo ? lo : v > hi ? hi : v;
      h = (h + t) % 1000003;
    }
  }
  const line = 'm-ternary-clamp ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
