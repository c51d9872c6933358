// micro: m-poly-callsite with a separate copy of the shared body per class (each call site sees one class)
const NODE_SUM = 11359;
let checked = false;
class A { constructor() { this.t = 0; this.k = 0; } helper(dt) { this.t = (this.t + dt) & 4095; } tick(dt) { this.helper(dt); this.k = (this.k + 1) & 4095; } }
class B { constructor() { this.t = 0; this.k = 0; } helper(dt) { this.t = (this.t + dt + 1) & 4095; } tick(dt) { this.helper(dt); this.k = (this.k + 1) & 4095; } }
function run() {
  let h = 1;
  const a = new A(), b = new B();
  for (let i = 0; i < 8000; i++) { a.tick(2); b.tick(1); }
  h = (h * 31 + a.t + a.k + b.t) % 1000003;
  if (!checked) { checked = true; print('m-mono-callsite ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
