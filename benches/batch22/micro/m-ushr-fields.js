// Bit fields of int32 instruction words (half negative) taken with >>> and masks.
const W = [];
for (let i = 0; i < 32; i++) W.push(((i * 2654435) << 7) ^ (i * 40503));
const NODE_SUM = 866536;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 200; i++) { const w = W[i & 31]; h = (h * 31 + (w & 127) + ((w >>> 7) & 31) + ((w >>> 12) & 7) + (w >>> 25) + ((w >> 20) & 4095)) % 1000003; }
  }
  const line = 'm-ushr-fields ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
