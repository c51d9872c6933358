// === between strings built at run time ('ch' + i) and others built the same way (both sides fresh).
const NODE_SUM = 922471;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 60; r++) for (let i = 0; i < 20; i++) { const a = 'ch' + i, b = 'ch' + ((i * 3 + r) % 20); h = (h * 31 + (a === b ? 2 : 1)) % 1000003; }
  }
  const line = 'm-streq-built ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
