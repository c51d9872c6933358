// % with negative left operands (serial-number differences), then + m if negative.
const NODE_SUM = 486834;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 300; r++) { let d = (r * 37 - 5000) % 1024; if (d < 0) d += 1024; h = (h * 31 + d) % 1000003; }
  }
  const line = 'm-mod-negative ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
