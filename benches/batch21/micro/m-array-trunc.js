// A stack used with push and length = n (touch-panel's grow).
const NODE_SUM = 302601;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const s = [];
    for (let r = 0; r < 300; r++) { s.push(r); s.push(r + 1); s.push(r + 2); const n = s.length - 2; h = (h * 31 + s[n]) % 1000003; s.length = n; }
  }
  const line = 'm-array-trunc ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
