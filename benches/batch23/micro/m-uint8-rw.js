// Uint8Array reads and writes (`newUint8Array(256)`, fill, and a read-modify-write pass).
// Seen in batch 23: zephyr-nvs (Flash).
// One call runs the loop 10 times; the checksum is printed on the first call.
const NODE_SUM = 723219;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const u = Microvium.newUint8Array(256);
    for (let i = 0; i < 256; i++) u[i] = (i * 7) & 255;
    for (let i = 1; i < 256; i++) u[i] = u[i] & u[i - 1];
    h = (h * 31 + u[255] + u[17]) % 1000003;
  }
  const line = 'm-uint8-rw ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
