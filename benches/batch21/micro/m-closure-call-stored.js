// Control: calling 8 stored closures (made once at load) from an array.
const FS = [];
for (let c = 0; c < 8; c++) FS.push((k) => c * 3 + k);
const NODE_SUM = 318071;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 20; r++) for (let c = 0; c < 8; c++) h = (h * 31 + FS[c](r)) % 1000003;
  }
  const line = 'm-closure-call-stored ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
