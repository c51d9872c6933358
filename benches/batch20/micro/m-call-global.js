// The direct-chain question: 6,000 calls of small top-level functions by
// their global name, 3 arguments each, inside a loop.
const NODE_SUM = 235181;
let checked = false;

function mixA(a, b, c) {
  return (a * 3 + b + c) & 1023;
}
function mixB(a, b, c) { return (a + b * 5 + c) & 1023; }

function run() {
  let h = 1, x = 1;
  for (let i = 0; i < 3000; i++) {
    x = mixA(x, i, 7);
    x = mixB(x, i & 15, 3);
    h = (h * 31 + x) % 1000003;
  }
  if (!checked) { checked = true; print('m-call-global x=' + x + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
