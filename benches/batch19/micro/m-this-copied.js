// micro: a declared method calling this.helper(), where helper was copied from another class's prototype at load time (one super-style call)
const NODE_SUM = 7263;
let checked = false;
class Src { helper(dt) { this.t = (this.t + dt) & 4095; } }
class Leaf { constructor() { this.n = 0; this.t = 0; this.on = 1; this.k = 0; } tick(dt) { this.helper(dt); this.k = (this.k + 1) & 4095; } }
Leaf.prototype.helper = Src.prototype.helper;
function run() {
  let h = 1;
  const a = new Leaf();
  for (let i = 0; i < 8000; i++) { a.tick(2); a.tick(1); }
  h = (h * 31 + a.t + a.k) % 1000003;
  if (!checked) { checked = true; print('m-this-copied ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
