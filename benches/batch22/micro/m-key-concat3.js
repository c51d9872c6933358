// KNX-style keys built from three numbers (m + '/' + mid + '/' + s), then looked up (3 of 4 hit).
const GA = {};
for (let m = 0; m < 4; m++) for (let a = 0; a < 4; a++) for (let s = 0; s < 6; s++) GA[m + '/' + a + '/' + s] = m * 100 + a * 10 + s;
const NODE_SUM = 889196;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 128; i++) { const v = GA[(i & 3) + '/' + ((i >> 2) & 3) + '/' + ((i * 5) % 8)]; h = (h * 31 + (v === undefined ? 1 : v + 2)) % 1000003; }
  }
  const line = 'm-key-concat3 ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
