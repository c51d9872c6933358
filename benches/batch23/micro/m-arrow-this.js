// An arrow function made in a constructor captures `this` and is called through a field.
// Seen in batch 23: keymatrix-hid (macros).
// One call runs the loop 10 times; the checksum is printed on the first call.
class Btn { constructor() { this.n = 0; this.onPress = (k) => { this.n += k; return this.n; }; } }

const NODE_SUM = 564464;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const b = new Btn();
    for (let i = 0; i < 300; i++) h = (h + b.onPress(i & 7)) % 1000003;
  }
  const line = 'm-arrow-this ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
