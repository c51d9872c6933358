// Bit tests and updates on a mask: `(m & (1 << c)) !== 0`, `m |= 1 << c`, `m &= ~(1 << c)`.
// Seen in batch 23: keymatrix-hid, dali-ballast (groups).
// One call runs the loop 10 times; the checksum is printed on the first call.
const NODE_SUM = 193507;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    let m = 0;
    for (let i = 0; i < 300; i++) {
      const c = (i * 7) % 14;
      if ((m & (1 << c)) !== 0) m &= ~(1 << c); else m |= 1 << c;
      h = (h + m) % 1000003;
    }
  }
  const line = 'm-bitmask-test ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
