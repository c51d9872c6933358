// A map object built key by key at each call: 40 keys 'p1'..'p40', then every key read back.
const NODE_SUM = 588424;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 8; r++) { const o = {}; for (let i = 1; i <= 40; i++) o['p' + i] = i + r; for (let i = 40; i >= 1; i--) h = (h * 31 + o['p' + i]) % 1000003; }
  }
  const line = 'm-obj-key-build ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
