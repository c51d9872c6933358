// Strings built from 5 short pieces (timestamp style) 40 times; each result dropped.
function pad2(n) { return n < 10 ? '0' + n : '' + n; }
const NODE_SUM = 725991;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let t = 0; t < 40; t++) { const s = '2025-03-01T' + pad2(t % 24) + ':' + pad2(t % 60) + ':' + pad2((t * 7) % 60) + 'Z'; h = (h * 31 + (s === 'x' ? 1 : 2) + t) % 1000003; }
  }
  const line = 'm-str-build-parts ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
