// A 100-key map object built per iteration with computed keys, then 10 keys read.
const K = [];
for (let i = 0; i < 100; i++) K.push('s' + i);
const NODE_SUM = 223235;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 2; r++) { const o = {}; for (let i = 0; i < 100; i++) o[K[i]] = i + r; for (let i = 0; i < 100; i += 10) h = (h * 31 + o[K[i]]) % 1000003; }
  }
  const line = 'm-map-build-100 ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
