// micro: m-super-calls with the fields created directly in each constructor (no Base_init call); the super-call chain unchanged
const NODE_SUM = 15455;
let checked = false;
class Base { tick(dt) { this.t = (this.t + dt) & 4095; } }
class Mid { constructor() { this.n = 0; this.t = 0; this.on = 0; } tick(dt) { this.Base_tick(dt); if (this.on) this.n = (this.n + 1) & 4095; } }
Mid.prototype.Base_tick = Base.prototype.tick;
class Leaf { constructor() { this.n = 0; this.t = 0; this.on = 1; this.k = 0; } tick(dt) { this.Mid_tick(dt); this.k = (this.k + 1) & 4095; } }
Leaf.prototype.Base_tick = Base.prototype.tick; Leaf.prototype.Mid_tick = Mid.prototype.tick;
function run() {
  let h = 1;
  const a = new Leaf(), b = new Mid();
  for (let i = 0; i < 8000; i++) { a.tick(2); b.tick(1); }
  h = (h * 31 + a.t + a.n + a.k + b.t) % 1000003;
  if (!checked) { checked = true; print('m-super-ctor-direct ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
