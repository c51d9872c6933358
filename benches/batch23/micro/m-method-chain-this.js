// Methods that call other methods on `this` (three levels: a() -> b() -> c()).
// Seen in batch 23: rtos-kernel, dali-ballast.
// One call runs the loop 10 times; the checksum is printed on the first call.
class Ch {
  constructor() { this.v = 3; }
  c(x) { return x + this.v; }
  b(x) { return this.c(x) * 2; }
  a(x) { return this.b(x) + 1; }
}

const NODE_SUM = 128366;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const o = new Ch();
    for (let i = 0; i < 200; i++) h = (h * 31 + o.a(i)) % 1000003;
  }
  const line = 'm-method-chain-this ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
