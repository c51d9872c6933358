// micro: m-poly-shared with the same field order in both classes (one receiver shape)
const NODE_SUM = 14495;
let checked = false;
class Src { tick(dt) { this.t = (this.t + dt) & 4095; if (this.on) this.n = (this.n + 1) & 4095; this.k = (this.k + 1) & 4095; } }
class Leaf { constructor() { this.n = 0; this.t = 0; this.on = 1; this.k = 0; this.id = 1; } }
class Mid { constructor() { this.n = 0; this.t = 0; this.on = 0; this.k = 0; this.id = 2; } }
Leaf.prototype.tick = Src.prototype.tick; Mid.prototype.tick = Src.prototype.tick;
function run() {
  let h = 1;
  const a = new Leaf(), b = new Mid();
  for (let i = 0; i < 8000; i++) { a.tick(2); b.tick(1); a.tick(2); b.tick(1); }
  h = (h * 31 + a.t + a.n + a.k + b.t) % 1000003;
  if (!checked) { checked = true; print('m-mono-shared ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
