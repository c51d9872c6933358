// A method call on a class instance (method on the prototype, 3 own fields).
// Seen in batch 23: all class-based scripts.
// One call runs the loop 10 times; the checksum is printed on the first call.
class Acc { constructor() { this.a = 1; this.b = 2; this.n = 0; } add(x) { this.n = (this.n + x) % 65521; return this.n; } }

const NODE_SUM = 999375;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const o = new Acc();
    for (let i = 0; i < 300; i++) h = (h + o.add(i)) % 1000003;
  }
  const line = 'm-method-class ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
