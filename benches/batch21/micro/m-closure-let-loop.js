// Closures made in a for loop over the loop's let and a body const, then called.
const NODE_SUM = 735867;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 20; r++) { const fs = []; for (let c = 0; c < 8; c++) { const d = c * r; fs.push((k) => c * 3 + d + k); } for (let c = 0; c < 8; c++) h = (h * 31 + fs[c](r)) % 1000003; }
  }
  const line = 'm-closure-let-loop ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
