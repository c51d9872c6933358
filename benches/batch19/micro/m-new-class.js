// micro: new of a 5-field class per iteration, kept in a 32-slot ring (then garbage)
const NODE_SUM = 296568;
let checked = false;
class Sample { constructor(t, l1, l2, off) { this.t = t; this.l1 = l1; this.l2 = l2; this.off = off; this.q = off ? 0 : 1; this.lead = 2; } }
function run() {
  let h = 1;
  const ring = [];
  for (let i = 0; i < 32; i++) ring.push(null);
  let s = 0;
  for (let t = 0; t < 5000; t++) { const o = new Sample(t, 512 + (t & 63), 500 - (t & 31), t > 4000); const old = ring[t & 31]; if (old !== null) s += old.l1 - old.l2 + old.q; ring[t & 31] = o; }
  h = (h * 31 + s % 1000000) % 1000003;
  if (!checked) { checked = true; print('m-new-class ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
