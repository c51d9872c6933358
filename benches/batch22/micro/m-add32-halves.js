// Wrapping 32-bit add on 16-bit halves (the workaround for Microvium's saturating | 0).
function add32(a, b) { const lo = (a & 0xffff) + (b & 0xffff); return ((((a >>> 16) + (b >>> 16) + (lo >>> 16)) & 0xffff) << 16) | (lo & 0xffff); }
const NODE_SUM = 972210;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    let x = 2000000000;
    for (let i = 0; i < 200; i++) { x = add32(x, 1234567891 + i); h = (h * 31 + (x >>> 20)) % 1000003; }
  }
  const line = 'm-add32-halves ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
