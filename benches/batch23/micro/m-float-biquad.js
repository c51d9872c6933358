// A biquad filter as a class with float coefficients and state in `this` fields.
// Seen in batch 23: spo2-ppg (Biquad).
// One call runs the loop 10 times; the checksum is printed on the first call.
class Bq {
  constructor() { this.b0 = 0.0200834; this.b1 = 0.0401667; this.b2 = 0.0200834; this.a1 = -1.5610181; this.a2 = 0.6413515; this.x1 = 0; this.x2 = 0; this.y1 = 0; this.y2 = 0; }
  step(x) { const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2; this.x2 = this.x1; this.x1 = x; this.y2 = this.y1; this.y1 = y; return y; }
}

const NODE_SUM = 856957;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const f = new Bq();
    let y = 0;
    for (let i = 0; i < 200; i++) y = f.step(((i * 37) % 200) - 100);
    h = (h * 31 + ((y * 1000) | 0) + 100000) % 1000003;
  }
  const line = 'm-float-biquad ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
