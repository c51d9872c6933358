// micro: m-plain-calls, but Leaf's tick is a method of another class copied onto Leaf.prototype at load time
const NODE_SUM = 15455;
let checked = false;
class Src { tick(dt) { this.t = (this.t + dt) & 4095; if (this.on) this.n = (this.n + 1) & 4095; this.k = (this.k + 1) & 4095; } }
class Leaf { constructor() { this.n = 0; this.t = 0; this.on = 1; this.k = 0; this.id = 1; } }
Leaf.prototype.tick = Src.prototype.tick;
class Mid { constructor() { this.n = 0; this.t = 0; this.on = 0; this.id = 2; } tick(dt) { this.t = (this.t + dt) & 4095; if (this.on) this.n = (this.n + 1) & 4095; } }
function run() {
  let h = 1;
  const a = new Leaf(), b = new Mid();
  for (let i = 0; i < 8000; i++) { a.tick(2); b.tick(1); }
  h = (h * 31 + a.t + a.n + a.k + b.t) % 1000003;
  if (!checked) { checked = true; print('m-proto-copied ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
