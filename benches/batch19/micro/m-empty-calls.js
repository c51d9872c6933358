// micro: 40,000 calls of a one-line method returning an argument plus a field (method-call overhead)
const NODE_SUM = 3167;
let checked = false;
class C { constructor() { this.k = 1; } f(x) { return (x + this.k) & 4095; } }
function run() {
  let h = 1;
  const c = new C();
  let x = 0;
  for (let i = 0; i < 8000; i++) { x = c.f(x); x = c.f(x); x = c.f(x); x = c.f(x); x = c.f(x); }
  h = (h * 31 + x) % 1000003;
  if (!checked) { checked = true; print('m-empty-calls ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
