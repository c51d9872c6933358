// `Reflect.ownKeys` of an 8-key record, then reading each value by the returned key.
// Seen in batch 23: cbor-senml (map, same).
// One call runs the loop 10 times; the checksum is printed on the first call.
const R = { dev: 1, t: 2, temp: 3, hum: 4, batt: 5, flags: 6, mode: 7, alarm: 8 };

const NODE_SUM = 231785;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let k = 0; k < 30; k++) { const ks = Reflect.ownKeys(R); for (let i = 0; i < ks.length; i++) h = (h * 31 + R[ks[i]]) % 1000003; }
  }
  const line = 'm-reflect-ownkeys ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
