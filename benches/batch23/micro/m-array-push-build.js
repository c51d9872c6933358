// Building byte arrays with `push` (fresh array of 24 bytes, then summed).
// Seen in batch 23: cbor-senml, zephyr-nvs.
// One call runs the loop 10 times; the checksum is printed on the first call.
const NODE_SUM = 147594;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let k = 0; k < 12; k++) {
      const b = [];
      for (let i = 0; i < 24; i++) b.push((k * 37 + i * 5) & 255);
      let s = 0; for (let i = 0; i < b.length; i++) s += b[i];
      h = (h * 31 + s) % 1000003;
    }
  }
  const line = 'm-array-push-build ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
