// Recursion over a 63-node binary tree of {v, l, r} objects built at load time.
function mk(d, v) { return d === 0 ? null : { v: v, l: mk(d - 1, v * 2), r: mk(d - 1, v * 2 + 1) }; }
const T = mk(6, 1);
function sum(n) { return n === null ? 0 : n.v + sum(n.l) + sum(n.r); }
const NODE_SUM = 754381;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 4; r++) h = (h * 31 + sum(T) + r) % 1000003;
  }
  const line = 'm-recurse-tree ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
