// micro: one method body shared by two classes calls this.helper(): the call site sees receivers of two classes, each finding helper on its own prototype
const NODE_SUM = 11359;
let checked = false;
class Src { tick(dt) { this.helper(dt); this.k = (this.k + 1) & 4095; } }
class A { constructor() { this.t = 0; this.k = 0; } helper(dt) { this.t = (this.t + dt) & 4095; } }
class B { constructor() { this.t = 0; this.k = 0; } helper(dt) { this.t = (this.t + dt + 1) & 4095; } }
A.prototype.tick = Src.prototype.tick; B.prototype.tick = Src.prototype.tick;
function run() {
  let h = 1;
  const a = new A(), b = new B();
  for (let i = 0; i < 8000; i++) { a.tick(2); b.tick(1); }
  h = (h * 31 + a.t + a.k + b.t) % 1000003;
  if (!checked) { checked = true; print('m-poly-callsite ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
