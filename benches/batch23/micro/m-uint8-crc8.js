// A table-driven CRC-8 over a Uint8Array (table lookup per byte).
// Seen in batch 23: zephyr-nvs (crc8).
// One call runs the loop 10 times; the checksum is printed on the first call.
const T = [];
for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 0x80 ? ((c << 1) ^ 0x07) & 255 : (c << 1) & 255; T.push(c); }

const NODE_SUM = 399554;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const u = Microvium.newUint8Array(128);
    for (let i = 0; i < 128; i++) u[i] = (i * 13 + rep) & 255;
    let c = 0xff;
    for (let k = 0; k < 3; k++) for (let i = 0; i < 128; i++) c = T[c ^ u[i]];
    h = (h * 31 + c) % 1000003;
  }
  const line = 'm-uint8-crc8 ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
