// micro: the same as m-new-class with an object literal instead of new
const NODE_SUM = 296568;
let checked = false;

function run() {
  let h = 1;
  const ring = [];
  for (let i = 0; i < 32; i++) ring.push(null);
  let s = 0;
  for (let t = 0; t < 5000; t++) { const off = t > 4000; const o = { t: t, l1: 512 + (t & 63), l2: 500 - (t & 31), off: off, q: off ? 0 : 1, lead: 2 }; const old = ring[t & 31]; if (old !== null) s += old.l1 - old.l2 + old.q; ring[t & 31] = o; }
  h = (h * 31 + s % 1000000) % 1000003;
  if (!checked) { checked = true; print('m-new-literal ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
