// micro: m-super-calls's 5 calls per iteration (tick -> midTick -> baseTick), all declared in the class, no copying
const NODE_SUM = 15455;
let checked = false;
class Leaf { constructor() { this.n = 0; this.t = 0; this.on = 1; this.k = 0; } baseTick(dt) { this.t = (this.t + dt) & 4095; } midTick(dt) { this.baseTick(dt); if (this.on) this.n = (this.n + 1) & 4095; } tick(dt) { this.midTick(dt); this.k = (this.k + 1) & 4095; } }
class Mid { constructor() { this.n = 0; this.t = 0; this.on = 0; } baseTick(dt) { this.t = (this.t + dt) & 4095; } tick(dt) { this.baseTick(dt); if (this.on) this.n = (this.n + 1) & 4095; } }
function run() {
  let h = 1;
  const a = new Leaf(), b = new Mid();
  for (let i = 0; i < 8000; i++) { a.tick(2); b.tick(1); }
  h = (h * 31 + a.t + a.n + a.k + b.t) % 1000003;
  if (!checked) { checked = true; print('m-chain-declared ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
