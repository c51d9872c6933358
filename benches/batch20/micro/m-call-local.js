// Control for m-call-global: the same two functions called through local
// constants (const fa = mixA) holding the function values.
const NODE_SUM = 235181;
let checked = false;

function mixA(a, b, c) {
  return (a * 3 + b + c) & 1023;
}
function mixB(a, b, c) { return (a + b * 5 + c) & 1023; }

function run() {
  let h = 1, x = 1;
  const fa = mixA, fb = mixB;
  for (let i = 0; i < 3000; i++) {
    x = fa(x, i, 7);
    x = fb(x, i & 15, 3);
    h = (h * 31 + x) % 1000003;
  }
  if (!checked) { checked = true; print('m-call-local x=' + x + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
