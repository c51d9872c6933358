// === between two ~600-byte strings built the same way (equal) and one that differs at the end.
function mk(n, tail) { let s = ''; for (let i = 0; i < 30; i++) s += 'sample' + i + '=' + (i * n) + ';'; return s + tail; }
const A = mk(7, 'a'), B = mk(7, 'a'), C = mk(7, 'b');
const NODE_SUM = 552533;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 100; i++) h = (h * 31 + (A === B ? 2 : 1) + (A === C ? 4 : 3)) % 1000003;
  }
  const line = 'm-str-eq-long ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
