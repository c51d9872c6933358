// micro: method calls through prototype-copied 'Parent_name' methods (hand-made super calls), 3 levels
const NODE_SUM = 15455;
let checked = false;
class Base { constructor() { this.init(); } init() { this.n = 0; this.t = 0; } tick(dt) { this.t = (this.t + dt) & 4095; } }
class Mid { constructor() { this.Base_init(); this.on = 0; } tick(dt) { this.Base_tick(dt); if (this.on) this.n = (this.n + 1) & 4095; } }
Mid.prototype.Base_init = Base.prototype.init; Mid.prototype.Base_tick = Base.prototype.tick;
class Leaf { constructor() { this.Base_init(); this.on = 1; this.k = 0; } tick(dt) { this.Mid_tick(dt); this.k = (this.k + 1) & 4095; } }
Leaf.prototype.Base_init = Base.prototype.init; Leaf.prototype.Base_tick = Base.prototype.tick; Leaf.prototype.Mid_tick = Mid.prototype.tick;
function run() {
  let h = 1;
  const a = new Leaf(), b = new Mid();
  for (let i = 0; i < 8000; i++) { a.tick(2); b.tick(1); }
  h = (h * 31 + a.t + a.n + a.k + b.t) % 1000003;
  if (!checked) { checked = true; print('m-super-calls ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
