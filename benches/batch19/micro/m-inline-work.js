// micro: the work of m-empty-calls with the method body written inline (no calls)
const NODE_SUM = 3167;
let checked = false;
class C { constructor() { this.k = 1; } }
function run() {
  let h = 1;
  const c = new C();
  let x = 0;
  for (let i = 0; i < 8000; i++) { x = (x + c.k) & 4095; x = (x + c.k) & 4095; x = (x + c.k) & 4095; x = (x + c.k) & 4095; x = (x + c.k) & 4095; }
  h = (h * 31 + x) % 1000003;
  if (!checked) { checked = true; print('m-inline-work ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
