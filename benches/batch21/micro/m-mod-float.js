// % on float operands (phases, fractional parts).
const NODE_SUM = 436008;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    let x = 0.25;
    for (let r = 0; r < 300; r++) { x = (x * 1.7 + 0.3) % 7.5; h = (h * 31 + ((x * 100) | 0)) % 1000003; }
  }
  const line = 'm-mod-float ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
